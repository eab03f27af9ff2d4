package com.byoconboard.wizard;

import com.byoconboard.iac.IacCodePanel;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacTemplate;
import com.byoconboard.iac.NetworkPictureView;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.provisioning.AccountCheck;
import com.byoconboard.validation.AzCatalog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static com.byoconboard.wizard.Forms.t;

/**
 * Step 4: a new VPC we create (CIDR and three AZ IDs), or the customer's existing VPC and its subnets; below,
 * the VPC as CloudFormation and Terraform.
 */
final class NetworkStep implements StepContent {

    static final int MIN_SUBNETS = 3;

    private final AzCatalog azCatalog;
    private final IacGenerator iac;
    private final AccountCheck accountCheck;

    NetworkStep(AzCatalog azCatalog, IacGenerator iac, AccountCheck accountCheck) {
        this.azCatalog = azCatalog;
        this.iac = iac;
        this.accountCheck = accountCheck;
    }

    @Override
    public Component render(DraftBinder binder) {
        var mode = new RadioButtonGroup<VpcMode>(t("wizard.network.mode"));
        mode.setItems(VpcMode.values());
        mode.setItemLabelGenerator(m -> t("wizard.network.mode." + m.name()));
        mode.addClassName("byoc-field");
        binder.bind(mode, InputField.VPC_MODE, in -> in.network().mode(), (in, v) -> in.withNetwork(n -> n.withMode(v)));

        var cidr = cidr(binder);
        var azIds = azIds(binder);
        var nat = natGateways(binder);
        var newVpc = Forms.section(t("wizard.network.new"), cidr, azIds, nat,
                Forms.note(t("wizard.network.azIds.why"), VaadinIcon.INFO_CIRCLE, "info"));
        var existingVpc = Forms.section(t("wizard.network.existing"), existingVpcId(binder), existingVpcCidr(binder), subnets(binder),
                Forms.note(t("wizard.network.existing.requirements"), VaadinIcon.CLIPBOARD_CHECK, "info"));
        var vpcCode = new VpcCode(binder, cidr, azIds, nat, newVpc);
        Runnable toggle = () -> {
            newVpc.setVisible(binder.inputs().network().mode() == VpcMode.NEW_VPC);
            existingVpc.setVisible(binder.inputs().network().mode() == VpcMode.EXISTING_VPC);
        };
        binder.addChangeListener(toggle);
        toggle.run();
        var picture = new NetworkPictureView("network-picture");
        Runnable draw = () -> picture.show(binder.onboarding(), accountCheck.existingVpc(binder.onboarding()),
                accountCheck.azNames(binder.onboarding()));
        binder.addChangeListener(draw);
        binder.addAccountListener(draw);
        draw.run();
        return Forms.form(mode, newVpc, existingVpc, picture, vpcCode.section,
                Forms.note(t("wizard.region.fixed"), VaadinIcon.LOCK, "warning"));
    }

    /**
     * The customer-managed VPC as code, below the form. For a new VPC it previews what we will create; for a
     * customer who must bring a VPC but has none yet, it is the template to create one, and the CIDR and AZ ID
     * fields move into this section because they now describe that VPC.
     */
    private final class VpcCode {
        private final Div section;

        VpcCode(DraftBinder binder, Component cidr, Component azIds, Component nat, Div newVpc) {
            var title = new H2();
            var what = new Paragraph();
            var fields = new Div();
            fields.addClassName("byoc-iac-vpc-fields");
            var code = new IacCodePanel(iac, IacTemplate.CUSTOMER_VPC);
            section = new Div(title, what, fields, code);
            section.addClassNames("byoc-section", "byoc-iac-vpc");
            var shownFor = new VpcMode[1];
            Runnable refresh = () -> {
                var mode = binder.inputs().network().mode();
                if (mode != shownFor[0]) {
                    // Moved only when the mode changes, so a field never loses focus while the customer types.
                    boolean preview = mode == VpcMode.NEW_VPC;
                    title.setText(t(preview ? "iac.vpc.preview" : "iac.vpc.own"));
                    what.setText(t(preview ? "iac.vpc.preview.what" : "iac.vpc.own.what"));
                    if (preview) {
                        newVpc.addComponentAtIndex(1, cidr);
                        newVpc.addComponentAtIndex(2, azIds);
                        newVpc.addComponentAtIndex(3, nat);
                    } else {
                        fields.add(cidr, azIds, nat);
                    }
                    shownFor[0] = mode;
                }
                code.show(binder.onboarding());
            };
            binder.addChangeListener(refresh);
            refresh.run();
        }
    }

    /** One NAT gateway per AZ or one shared: the availability and cost trade-off said next to the choice. */
    private RadioButtonGroup<OnboardingInputs.NatGateways> natGateways(DraftBinder binder) {
        var nat = new RadioButtonGroup<OnboardingInputs.NatGateways>(t("wizard.network.natGateways"));
        nat.setItems(OnboardingInputs.NatGateways.values());
        nat.setItemLabelGenerator(n -> t("wizard.network.natGateways." + n.name()));
        nat.setHelperText(t("wizard.network.natGateways.help"));
        nat.addClassName("byoc-field");
        nat.setId("nat-gateways");
        binder.bind(nat, InputField.NAT_GATEWAYS, in -> in.network().natGateways(),
                (in, v) -> in.withNetwork(n -> n.withNatGateways(v)));
        return nat;
    }

    private TextField cidr(DraftBinder binder) {
        var cidr = Forms.text("network.cidr");
        cidr.setPlaceholder(OnboardingInputs.DEFAULT_VPC_CIDR);
        cidr.setId("vpc-cidr");
        binder.bind(cidr, InputField.VPC_CIDR, in -> in.network().vpcCidr(), (in, v) -> in.withNetwork(n -> n.withVpcCidr(v)));
        return cidr;
    }

    private MultiSelectComboBox<String> azIds(DraftBinder binder) {
        var azIds = new MultiSelectComboBox<String>(t("wizard.network.azIds"));
        azIds.setHelperText(t("wizard.network.azIds.help"));
        // Once pre-flight has asked the account, each AZ ID also shows its name there (a, b, c differ per account).
        Runnable labels = () -> {
            var names = accountCheck.azNames(binder.onboarding());
            azIds.setItemLabelGenerator(id -> names.containsKey(id) ? t("wizard.network.azIds.named", id, names.get(id)) : id);
        };
        labels.run();
        binder.addAccountListener(labels);
        azIds.setId("az-ids");
        azIds.addClassName("byoc-field");
        azIds.setAllowCustomValue(true);
        Runnable items = () -> {
            Set<String> offered = new LinkedHashSet<>(azCatalog.azIds(binder.inputs().region()));
            offered.addAll(binder.inputs().network().azIds());
            azIds.setItems(offered);
        };
        items.run();
        azIds.addCustomValueSetListener(e -> {
            var chosen = new ArrayList<>(binder.inputs().network().azIds());
            chosen.add(e.getDetail().trim());
            binder.edit(InputField.AZ_IDS, e.getDetail(), in -> in.withNetwork(n -> n.withAzIds(chosen)));
            items.run();
            azIds.setValue(new LinkedHashSet<>(chosen));
        });
        binder.bind(azIds, InputField.AZ_IDS, in -> new LinkedHashSet<>(in.network().azIds()),
                (in, v) -> in.withNetwork(n -> n.withAzIds(List.copyOf(v))));
        return azIds;
    }

    private TextField existingVpcId(DraftBinder binder) {
        var vpcId = Forms.text("network.vpcId");
        vpcId.setPlaceholder("vpc-0a1b2c3d4e5f67890");
        binder.bind(vpcId, InputField.EXISTING_VPC_ID, in -> in.network().existingVpcId(),
                (in, v) -> in.withNetwork(n -> n.withExistingVpcId(v)));
        return vpcId;
    }

    private TextField existingVpcCidr(DraftBinder binder) {
        var cidr = Forms.text("network.existingCidr");
        cidr.setPlaceholder("10.1.0.0/16");
        binder.bind(cidr, InputField.EXISTING_VPC_CIDR, in -> in.network().existingVpcCidr(),
                (in, v) -> in.withNetwork(n -> n.withExistingVpcCidr(v)));
        return cidr;
    }

    private EditableRows subnets(DraftBinder binder) {
        return new EditableRows(binder, new EditableRows.Spec(InputField.EXISTING_SUBNETS, MIN_SUBNETS,
                in -> in.network().existingSubnets().size(),
                index -> in -> in.withNetwork(n -> n.withExistingSubnet(index, s -> s)),
                index -> in -> in.withNetwork(n -> n.withExistingSubnets(without(n.existingSubnets(), index))),
                (b, index) -> List.of(
                        subnetField(b, index, "subnetId", "subnet-0123456789abcdef0", ExistingSubnet::subnetId, ExistingSubnet::withSubnetId),
                        subnetField(b, index, "azId", "use1-az1", ExistingSubnet::azId, ExistingSubnet::withAzId),
                        subnetField(b, index, "cidr", "10.0.0.0/23", ExistingSubnet::cidr, ExistingSubnet::withCidr)),
                "wizard.network.subnet.add", "wizard.network.subnet.remove"));
    }

    static <T> List<T> without(List<T> list, int index) {
        var copy = new ArrayList<>(list);
        if (index < copy.size()) {
            copy.remove(index);
        }
        return copy;
    }

    private TextField subnetField(DraftBinder binder, int index, String part, String placeholder,
                                  Function<ExistingSubnet, String> read,
                                  java.util.function.BiFunction<ExistingSubnet, String, ExistingSubnet> write) {
        var field = new TextField(t("wizard.network.subnet." + part, index + 1));
        field.setPlaceholder(placeholder);
        binder.bind(field, InputField.existingSubnet(index, part),
                in -> index < in.network().existingSubnets().size() ? read.apply(in.network().existingSubnets().get(index)) : "",
                (in, v) -> in.withNetwork(n -> n.withExistingSubnet(index, s -> write.apply(s, v))));
        return field;
    }
}
