package com.byoconboard.provisioning;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.DraftConflictException;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.InputsFrozenException;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs.PrivateConnectivity;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.SubmissionRefusedException;
import com.byoconboard.support.CustomerSupportTasks;
import com.byoconboard.support.SupportTask;
import com.byoconboard.support.SupportTaskKind;
import com.byoconboard.support.SupportTaskState;
import com.byoconboard.validation.Finding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * "Private connectivity" of a ready onboarding, on the customer's provisioning page: the peered VPCs, adding or
 * removing one (the change runs the peering steps, which the progress panel shows live), and support's tasks of
 * private connectivity with who did them and when, among them asking for the public load balancer's removal.
 */
final class PeeringPanel extends Section {

    private static final List<String> PARTS = List.of("accountId", "vpcId", "cidr", "region");

    private final OrganizationId org;
    private final OnboardingId id;
    private final ProvisioningService provisioning;
    private final OnboardingService onboardings;
    private final CustomerSupportTasks supportTasks;
    private final Div content = new Div();
    /** The "add peer" fields by part; they outlive a refresh, so nothing typed is lost when a change is refused. */
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Div findings = new Div();

    PeeringPanel(OrganizationId org, OnboardingId id, ProvisioningService provisioning, OnboardingService onboardings,
                 CustomerSupportTasks supportTasks) {
        this.org = org;
        this.id = id;
        this.provisioning = provisioning;
        this.onboardings = onboardings;
        this.supportTasks = supportTasks;
        setId("private-connectivity");
        addClassNames("byoc-section", "byoc-peering-panel");
        for (String part : PARTS) {
            var field = new TextField(getTranslation("wizard.connectivity.peer." + part));
            field.setId("new-peer-" + part);
            fields.put(part, field);
        }
        fields.get("accountId").setPlaceholder("210987654321");
        fields.get("vpcId").setPlaceholder("vpc-0fedcba9876543210");
        fields.get("cidr").setPlaceholder("172.16.0.0/16");
        fields.get("region").setPlaceholder(getTranslation("wizard.connectivity.peer.region.placeholder"));
        findings.setId("new-peer-findings");
        findings.addClassName("byoc-peering-findings");
        add(new H2(getTranslation("provisioning.peering.panel.title")),
                new Paragraph(getTranslation("provisioning.peering.panel.intro")), content);
        refresh();
    }

    private void refresh() {
        var onboarding = onboardings.get(org, id);
        var connectivity = onboarding.inputs().connectivity();
        content.removeAll();
        var peers = connectivity.activePeers();
        if (peers.isEmpty()) {
            content.add(new Paragraph(getTranslation("provisioning.peering.panel.none")));
        } else {
            var list = new UnorderedList();
            list.setId("peers");
            for (VpcPeer peer : peers) {
                var remove = new Button(getTranslation("provisioning.peering.panel.remove"), e -> confirmRemove(onboarding, peer));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("data-remove", peer.vpcId());
                var item = new ListItem(new Span(getTranslation("provisioning.peering.panel.peer", peer.accountId(),
                        peer.vpcId(), peer.cidr(), peer.regionOr(onboarding.inputs().region()))), remove);
                item.getElement().setAttribute("data-peer", peer.vpcId());
                list.add(item);
            }
            content.add(list);
        }
        var add = new Button(getTranslation("provisioning.peering.panel.add"), e -> add(onboarding, peers.size()));
        add.setId("peer-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(fields.values().toArray(TextField[]::new));
        form.addClassName("byoc-peering-form");
        content.add(new H3(getTranslation("provisioning.peering.panel.addTitle")), form, add, findings);
        List<SupportTask> tasks = supportTasks.of(org, id);
        if (!tasks.isEmpty()) {
            content.add(new H3(getTranslation("provisioning.peering.panel.tasks")), tasks(onboarding, tasks));
        }
    }

    private void add(Onboarding onboarding, int index) {
        var peer = new VpcPeer(value("accountId"), value("vpcId"), value("cidr"), value("region"));
        UnaryOperator<PrivateConnectivity> change = c -> c.withPeerAdded(peer);
        if (change(onboarding, change, "provisioning.peering.panel.added", index)) {
            fields.values().forEach(TextField::clear);
        }
    }

    private void confirmRemove(Onboarding onboarding, VpcPeer peer) {
        var dialog = new ConfirmDialog(getTranslation("provisioning.peering.panel.remove.title", peer.vpcId()),
                getTranslation("provisioning.peering.panel.remove.text", peer.vpcId(), peer.cidr(), peer.accountId()),
                getTranslation("provisioning.peering.panel.remove"),
                e -> change(onboarding, c -> c.withoutPeer(peer.vpcId()), "provisioning.peering.panel.removed", -1));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("provisioning.peering.panel.keep"));
        dialog.open();
    }

    /**
     * Changes the peering as the customer; refused, it says why by rule (on the new peer's fields when they are
     * concerned, {@code index}), and keeps what was typed. True when it was changed.
     */
    private boolean change(Onboarding onboarding, UnaryOperator<PrivateConnectivity> change, String doneKey, int index) {
        fields.values().forEach(f -> f.setInvalid(false));
        findings.removeAll();
        try {
            provisioning.changePeering(org, id, onboarding.version(), change);
            notify(getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (SubmissionRefusedException e) {
            show(provisioning.peeringFindings(org, id, change).stream().filter(Finding::isError).toList(), index);
        } catch (DraftConflictException | InputsFrozenException e) {
            notify(getTranslation("provisioning.peering.panel.conflict"), NotificationVariant.LUMO_CONTRAST);
            refresh();
        } catch (IllegalStateException e) {
            notify(getTranslation("provisioning.peering.panel.busy"), NotificationVariant.LUMO_CONTRAST);
        }
        return false;
    }

    private void show(List<Finding> errors, int index) {
        findings.add(new Paragraph(getTranslation("provisioning.peering.panel.refused")));
        for (Finding f : errors) {
            String text = "[" + f.ruleId() + "] " + getTranslation(f.messageKey(), f.args().toArray());
            var field = PARTS.stream().filter(part -> f.field().equals(InputField.peer(index, part))).findFirst()
                    .map(fields::get);
            // On the new peer's field where it concerns one; listed below where it concerns other peers or the list.
            field.ifPresentOrElse(tf -> {
                tf.setInvalid(true);
                tf.setErrorMessage(text);
            }, () -> {
                var line = new Paragraph(text);
                line.addClassName("byoc-finding-error");
                line.getElement().setAttribute("data-rule", f.ruleId());
                findings.add(line);
            });
            f.fix().ifPresent(fix -> findings.add(new FixSnippet(fix)));
        }
    }

    /** Support's tasks as the customer follows them; the public load balancer's removal is theirs to ask for. */
    private UnorderedList tasks(Onboarding onboarding, List<SupportTask> tasks) {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var list = new UnorderedList();
        list.setId("peering-support-tasks");
        for (SupportTask t : tasks) {
            var state = new Span(getTranslation("support.taskState." + t.state()));
            state.getElement().getThemeList().add("badge" + (t.state() == SupportTaskState.DONE ? " success" : ""));
            var who = new Span(t.updatedBy().map(by -> getTranslation("support.task.by", by,
                    format.format(t.updatedAt().orElseThrow()))).orElse(""));
            who.addClassName("byoc-support-task-who");
            var item = new ListItem(state, new Span(getTranslation("provisioning.peering.task." + t.kind())), who);
            item.getElement().setAttribute("data-task", t.kind().name());
            item.getElement().setAttribute("data-task-state", t.state().name());
            if (t.kind() == SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER && t.state() == SupportTaskState.WAITING_FOR_REQUEST) {
                var ask = new Button(getTranslation("provisioning.peering.publicLb.ask"), e -> confirmPublicRemoval(onboarding));
                ask.setId("ask-remove-public-lb");
                ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                item.add(ask);
            }
            list.add(item);
        }
        return list;
    }

    /** The guide's confirmation: what stops working once the public load balancer is gone, named before asking. */
    private void confirmPublicRemoval(Onboarding onboarding) {
        var plan = provisioning.plan(onboarding);
        var allowList = onboarding.inputs().connectivity().allowList();
        var dialog = new ConfirmDialog(getTranslation("provisioning.peering.publicLb.title"),
                getTranslation("provisioning.peering.publicLb.text", plan.publicEndpoint(),
                        allowList.isEmpty() ? "—" : String.join(", ", allowList), plan.privateEndpoint()),
                getTranslation("provisioning.peering.publicLb.confirm"), e -> askPublicRemoval(onboarding));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("provisioning.peering.panel.keep"));
        dialog.setId("confirm-remove-public-lb");
        dialog.open();
    }

    private void askPublicRemoval(Onboarding onboarding) {
        try {
            supportTasks.requestPublicLoadBalancerRemoval(org, id, onboarding.version());
            notify(getTranslation("provisioning.peering.publicLb.asked"), NotificationVariant.LUMO_SUCCESS);
        } catch (DraftConflictException | InputsFrozenException | IllegalStateException e) {
            notify(getTranslation("provisioning.peering.panel.conflict"), NotificationVariant.LUMO_CONTRAST);
        }
        refresh();
    }

    private String value(String part) {
        return fields.get(part).getValue();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
