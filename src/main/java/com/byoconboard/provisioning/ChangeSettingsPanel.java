package com.byoconboard.provisioning;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.ChangeRefusedException;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.InputsRefusedException;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.SubmissionRefusedException;
import com.byoconboard.ui.TextLines;
import com.byoconboard.validation.Finding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * "Change settings" of a ready onboarding, on the customer's provisioning page: what is fixed and why (region, VPC
 * CIDR), the current values, an editor per kind of change, what the rules or pre-flight refused, and the change
 * requests with their states ({@link ChangeList}). What is typed stays when a proposal is refused.
 */
final class ChangeSettingsPanel extends Section {

    private final OrganizationId org;
    private final Onboarding onboarding;
    private final ChangeService changes;
    private final OnboardingService onboardings;
    private final Div current = new Div();
    private final Div findings = new Div();
    private final ChangeList list;

    ChangeSettingsPanel(OrganizationId org, Onboarding onboarding, ChangeService changes, OnboardingService onboardings,
                        ProgressBroadcaster broadcaster, Optional<Actor> viewer) {
        this.org = org;
        this.onboarding = onboarding;
        this.changes = changes;
        this.onboardings = onboardings;
        this.list = new ChangeList(onboarding.id(), changes, broadcaster, viewer);
        setId("change-settings");
        addClassNames("byoc-section", "byoc-change-panel");
        var in = onboarding.inputs();
        var fixed = new Paragraph(getTranslation("provisioning.changes.fixed", in.region(), in.network().byocCidr()));
        fixed.setId("change-fixed");
        current.setId("change-current");
        findings.setId("change-findings");
        add(new H2(getTranslation("provisioning.changes.title")), new Paragraph(getTranslation("provisioning.changes.intro")),
                fixed, current, allowListEditor(in), maintenanceEditor(in));
        if (in.network().mode() == VpcMode.EXISTING_VPC) {
            add(subnetEditor(in));
        }
        add(findings, list);
        showCurrent(in);
    }

    private void showCurrent(OnboardingInputs in) {
        current.removeAll();
        var allowList = in.connectivity().allowList();
        var window = in.maintenance();
        var allow = new Paragraph(getTranslation("provisioning.changes.current.allowList",
                allowList.isEmpty() ? getTranslation("provisioning.changes.current.privateOnly") : String.join(", ", allowList)));
        allow.setId("change-current-allow-list");
        current.add(allow, new Paragraph(getTranslation("provisioning.changes.current.maintenance",
                window.weekday() == null ? "—" : window.weekday().getDisplayName(TextStyle.FULL, getLocale()),
                window.startTime(), window.timeZone())));
        if (in.network().mode() == VpcMode.EXISTING_VPC) {
            current.add(new Paragraph(getTranslation("provisioning.changes.current.subnets",
                    in.network().existingSubnets().stream().map(s -> s.subnetId() + " (" + s.azId() + ", " + s.cidr() + ")")
                            .reduce((a, b) -> a + ", " + b).orElse("—"))));
        }
    }

    private Div allowListEditor(OnboardingInputs in) {
        var area = new TextArea(getTranslation("wizard.connectivity.allowList"));
        area.setId("change-allow-list");
        area.setHelperText(getTranslation("wizard.connectivity.allowList.help"));
        area.setValue(String.join("\n", in.connectivity().allowList()));
        var propose = proposeButton("change-allow-list-propose",
                () -> i -> i.withConnectivity(c -> c.withAllowList(TextLines.of(area.getValue()))));
        return editor("provisioning.changes.allowList", area, propose);
    }

    private Div maintenanceEditor(OnboardingInputs in) {
        var weekday = new Select<DayOfWeek>();
        weekday.setLabel(getTranslation("wizard.maintenance.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(in.maintenance().weekday());
        weekday.setId("change-weekday");
        var start = new TextField(getTranslation("wizard.maintenance.start"));
        start.setValue(in.maintenance().startTime());
        start.setId("change-start");
        var zone = new TextField(getTranslation("wizard.maintenance.zone"));
        zone.setValue(in.maintenance().timeZone());
        zone.setId("change-time-zone");
        var propose = proposeButton("change-maintenance-propose", () -> i -> i.withMaintenance(m -> m
                .withWeekday(weekday.getValue()).withStartTime(start.getValue()).withTimeZone(zone.getValue())));
        return editor("provisioning.changes.maintenance", new Div(weekday, start, zone), propose);
    }

    private Div subnetEditor(OnboardingInputs in) {
        var subnetId = new TextField(getTranslation("wizard.network.subnet.subnetId", in.network().existingSubnets().size() + 1));
        subnetId.setId("change-subnet-id");
        var azId = new TextField(getTranslation("wizard.network.subnet.azId"));
        azId.setId("change-subnet-az");
        var cidr = new TextField(getTranslation("wizard.network.subnet.cidr"));
        cidr.setId("change-subnet-cidr");
        var propose = proposeButton("change-subnets-propose", () -> i -> i.withNetwork(n -> {
            var more = new ArrayList<>(n.existingSubnets());
            more.add(new ExistingSubnet(subnetId.getValue().strip(), azId.getValue().strip(), cidr.getValue().strip()));
            return n.withExistingSubnets(more);
        }));
        return editor("provisioning.changes.subnets", new Div(subnetId, azId, cidr), propose);
    }

    private Div editor(String titleKey, Component fields, Button propose) {
        var editor = new Div(new H3(getTranslation(titleKey)), fields, propose);
        editor.addClassName("byoc-change-editor");
        return editor;
    }

    /** A button proposing the edit its fields make now; the edit is read when clicked, so nothing typed is lost. */
    private Button proposeButton(String id, Supplier<UnaryOperator<OnboardingInputs>> edit) {
        var button = new Button(getTranslation("provisioning.changes.propose"), e -> propose(edit.get()));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void propose(UnaryOperator<OnboardingInputs> edit) {
        findings.removeAll();
        try {
            var request = changes.propose(org, onboarding.id(), edit);
            Notification.show(getTranslation(request.state() == ChangeState.PROPOSED ? "provisioning.changes.sentForReview"
                    : "provisioning.changes.applying"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showCurrent(onboardings.get(org, onboarding.id()).inputs());
            list.refresh();
        } catch (SubmissionRefusedException e) {
            refused();
            for (Finding f : changes.findings(org, onboarding.id(), edit)) {
                line(f.ruleId(), "[" + f.ruleId() + "] " + getTranslation(f.messageKey(), f.args().toArray()));
                f.fix().ifPresent(fix -> findings.add(new FixSnippet(fix)));
            }
        } catch (InputsRefusedException e) {
            refused();
            e.ruleIds().forEach(rule -> line(rule, "[" + rule + "] " + getTranslation("rule." + rule + ".description")));
        } catch (ChangeService.PreflightRefusedException e) {
            refused();
            for (CheckResult failure : e.failures()) {
                line(failure.check(), "[" + failure.check() + "] "
                        + getTranslation(failure.evidence().key(), failure.evidence().argsArray()));
                failure.command().ifPresent(fix -> findings.add(new FixSnippet(fix)));
            }
        } catch (ChangeRefusedException e) {
            line(e.reason().name(), getTranslation(e.messageKey()));
        }
    }

    private void refused() {
        findings.add(new Paragraph(getTranslation("provisioning.changes.refused")));
    }

    private void line(String rule, String text) {
        var line = new Paragraph(text);
        line.addClassName("byoc-finding-error");
        line.getElement().setAttribute("data-rule", rule);
        findings.add(line);
    }
}
