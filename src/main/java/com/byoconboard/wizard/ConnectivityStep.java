package com.byoconboard.wizard;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.ui.TextLines;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import static com.byoconboard.wizard.Forms.t;

/** Step 5 (optional): VPC peering with the customer's other VPCs, and the public endpoint's IP allow-list. */
final class ConnectivityStep implements StepContent {

    @Override
    public Component render(DraftBinder binder) {
        var peering = new Checkbox(t("wizard.connectivity.peering"));
        peering.setId("peering-enabled");
        binder.bind(peering, "connectivity.peeringEnabled", in -> in.connectivity().peeringEnabled(),
                (in, v) -> in.withConnectivity(c -> c.withPeeringEnabled(v)));

        var peers = new EditableRows(binder, new EditableRows.Spec(InputField.PEERS, 1,
                in -> in.connectivity().peers().size(),
                index -> in -> in.withConnectivity(c -> c.withPeer(index, p -> p)),
                index -> in -> in.withConnectivity(c -> c.withPeers(NetworkStep.without(c.peers(), index))),
                (b, index) -> List.of(
                        peerField(b, index, "accountId", "210987654321", VpcPeer::accountId, VpcPeer::withAccountId),
                        peerField(b, index, "vpcId", "vpc-0fedcba9876543210", VpcPeer::vpcId, VpcPeer::withVpcId),
                        peerField(b, index, "cidr", "172.16.0.0/16", VpcPeer::cidr, VpcPeer::withCidr),
                        peerField(b, index, "region", t("wizard.connectivity.peer.region.placeholder"), VpcPeer::region,
                                VpcPeer::withRegion)),
                "wizard.connectivity.peer.add", "wizard.connectivity.peer.remove"));
        var removePublic = new Checkbox(t("wizard.connectivity.removePublicLoadBalancer"));
        removePublic.setId("remove-public-lb");
        binder.bind(removePublic, InputField.REMOVE_PUBLIC_LB, in -> in.connectivity().removePublicLoadBalancer(),
                (in, v) -> in.withConnectivity(c -> c.withRemovePublicLoadBalancer(v)));
        var peeringSection = Forms.section(t("wizard.connectivity.peers"), peers,
                Forms.note(t("wizard.connectivity.peering.steps"), VaadinIcon.CONNECT, "info"), removePublic);
        Runnable toggle = () -> peeringSection.setVisible(binder.inputs().connectivity().peeringEnabled());
        binder.addChangeListener(toggle);
        toggle.run();

        var allowList = new TextArea(t("wizard.connectivity.allowList"));
        allowList.setHelperText(t("wizard.connectivity.allowList.help"));
        allowList.setPlaceholder(t("wizard.connectivity.allowList.placeholder"));
        allowList.addClassName("byoc-field");
        allowList.setId("allow-list");
        binder.bind(allowList, InputField.ALLOW_LIST, in -> String.join("\n", in.connectivity().allowList()),
                (in, v) -> in.withConnectivity(c -> c.withAllowList(TextLines.of(v))));

        return Forms.form(peering, peeringSection, Forms.section(t("wizard.connectivity.public"), allowList));
    }

    private static TextField peerField(DraftBinder binder, int index, String part, String placeholder,
                                       Function<VpcPeer, String> read, BiFunction<VpcPeer, String, VpcPeer> write) {
        var field = new TextField(t("wizard.connectivity.peer." + part));
        field.setPlaceholder(placeholder);
        binder.bind(field, InputField.peer(index, part),
                in -> index < in.connectivity().peers().size() ? read.apply(in.connectivity().peers().get(index)) : "",
                (in, v) -> in.withConnectivity(c -> c.withPeer(index, p -> write.apply(p, v))));
        return field;
    }
}
