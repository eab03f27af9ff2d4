package com.byoconboard.wizard;

import com.byoconboard.iac.NetworkPictureView;
import com.byoconboard.onboarding.AccountCheckRefusedException;
import com.byoconboard.onboarding.DraftConflictException;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.SubmissionRefusedException;
import com.byoconboard.provisioning.AccountCheck;
import com.byoconboard.provisioning.ProvisioningView;
import com.byoconboard.provisioning.ProvisioningReview;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.FindingLines;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.byoconboard.wizard.Forms.t;

/** Step 7: everything entered, everything still wrong (each linked to its field), and Submit. */
@org.springframework.stereotype.Component
class ReviewStep implements StepContent {

    private final OnboardingService onboardings;
    private final ProvisioningReview provisioning;
    private final AccountCheck accountCheck;

    ReviewStep(OnboardingService onboardings, ProvisioningReview provisioning, AccountCheck accountCheck) {
        this.onboardings = onboardings;
        this.provisioning = provisioning;
        this.accountCheck = accountCheck;
    }

    @Override
    public Component render(DraftBinder binder) {
        var problems = new Div();
        problems.setId("review-problems");
        var submit = new Button(t("wizard.review.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit(binder));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit");
        Runnable refresh = () -> {
            problems.removeAll();
            problems.add(problemList(binder));
            submit.setEnabled(binder.editable() && !binder.report().hasErrors());
        };
        binder.addChangeListener(refresh);
        binder.addAccountListener(refresh);
        refresh.run();
        var state = new Paragraph(t("wizard.review.state", t("state." + binder.onboarding().state())));
        state.setId("review-state");
        var picture = new NetworkPictureView("review-network-picture");
        Runnable draw = () -> picture.show(binder.onboarding(), accountCheck.existingVpc(binder.onboarding()),
                accountCheck.azNames(binder.onboarding()));
        binder.addAccountListener(draw);
        draw.run();
        return Forms.form(problems, inputsSummary(binder.inputs()), picture, networkBoundaries(),
                provisioning.render(binder.onboarding()), state, submit);
    }

    private Component problemList(DraftBinder binder) {
        List<Finding> findings = binder.report().findings();
        if (findings.stream().noneMatch(Finding::isError)) {
            // "Everything checks out" needs the account too: the rules alone cannot see the role or the VPC.
            var o = binder.onboarding();
            boolean accountPasses = accountCheck.last(o.organizationId(), o.id())
                    .filter(c -> c.passesFor(o.inputs())).isPresent();
            var note = accountPasses ? Forms.note(t("wizard.review.ready"), VaadinIcon.CHECK_CIRCLE, "success")
                    : Forms.note(t("wizard.review.checkAccount"), VaadinIcon.STETHOSCOPE, "warning");
            note.getElement().setAttribute("data-ready", String.valueOf(accountPasses));
            return note;
        }
        var byStep = findings.stream().collect(Collectors.groupingBy(f -> WizardStep.owning(f.field()),
                () -> new java.util.EnumMap<>(WizardStep.class), Collectors.toList()));
        var list = new UnorderedList();
        list.addClassName("byoc-review-problems");
        byStep.forEach((step, stepFindings) -> FindingLines.of(stepFindings).forEach(line -> {
            var f = line.finding();
            String text = switch (line) {
                case FindingLines.Shown _ -> FindingText.of(list, f);
                case FindingLines.More more -> FindingText.more(list, more);
            };
            var link = new Anchor(WizardView.path(binder.onboarding().id(), step) + "?"
                    + QueryParameters.simple(Map.of("field", f.field())).getQueryString(),
                    t(step.titleKey()) + ": " + text);
            var item = new ListItem(link, new Span(" · "), FindingText.ruleLink(f.ruleId()));
            item.addClassName("byoc-finding-" + f.severity().name().toLowerCase());
            item.getElement().setAttribute("data-rule", f.ruleId());
            list.add(item);
        }));
        return Forms.section(t("wizard.review.problems", binder.report().errors().size()), list);
    }

    private Component inputsSummary(OnboardingInputs in) {
        var list = new DescriptionList();
        list.addClassName("byoc-review-inputs");
        add(list, "wizard.account.id", in.account().accountId());
        add(list, "wizard.account.email", in.account().adminEmail());
        add(list, "wizard.account.organization", in.account().organizationName());
        add(list, "wizard.account.kind", t("wizard.account.kind." + in.account().kind().name()));
        add(list, "wizard.region", in.region());
        add(list, "wizard.bootstrap.roleArn", in.bootstrapRole().roleArn());
        add(list, "wizard.network.mode", t("wizard.network.mode." + in.network().mode().name()));
        if (in.network().mode() == VpcMode.NEW_VPC) {
            add(list, "wizard.network.cidr", in.network().vpcCidr());
            add(list, "wizard.network.azIds", String.join(", ", in.network().azIds()));
        } else {
            add(list, "wizard.network.vpcId", in.network().existingVpcId());
            add(list, "wizard.review.subnets", in.network().existingSubnets().stream()
                    .map(s -> s.subnetId() + " (" + s.azId() + ", " + s.cidr() + ")").collect(Collectors.joining("; ")));
        }
        add(list, "wizard.connectivity.peering", in.connectivity().peeringEnabled()
                ? in.connectivity().peers().stream().map(p -> p.vpcId() + " " + p.cidr()).collect(Collectors.joining("; "))
                : t("wizard.review.none"));
        add(list, "wizard.connectivity.allowList", in.connectivity().allowList().isEmpty()
                ? t("wizard.review.privateOnly") : String.join(", ", in.connectivity().allowList()));
        add(list, "wizard.review.maintenance", in.maintenance().describe(UI.getCurrent().getLocale()));
        return Forms.section(t("wizard.review.inputs"), list);
    }

    /** The guide's network boundaries: what will reach into, and go out of, the customer's VPC. */
    private static Component networkBoundaries() {
        var list = new UnorderedList();
        list.addClassName("byoc-boundaries");
        for (String flow : List.of("ingress", "troubleshooting", "billing", "alerts", "state", "telemetry")) {
            var item = new ListItem();
            item.add(new Span(t("wizard.review.boundaries." + flow + ".kind")),
                    new Paragraph(t("wizard.review.boundaries." + flow)));
            list.add(item);
        }
        var details = new Details(t("wizard.review.boundaries"), list);
        details.setId("network-boundaries");
        details.addClassName("byoc-section");
        return details;
    }

    private static void add(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(t(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private void submit(DraftBinder binder) {
        var o = binder.onboarding();
        try {
            onboardings.submit(o.organizationId(), o.id(), o.version());
            Notification.show(t("wizard.review.submitted"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ProvisioningView.path(o.id()));
        } catch (SubmissionRefusedException refused) {
            Notification.show(t("wizard.review.refused", String.join(", ", refused.ruleIds())), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccountCheckRefusedException refused) {
            Notification.show(t("wizard.review.accountFailed", String.join(", ", refused.failingChecks())), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            // Submit ran the checks: their results replace the last ones on the page.
            binder.accountChecked();
        } catch (DraftConflictException conflict) {
            Notification.show(t("wizard.review.conflict"), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            UI.getCurrent().getPage().reload();
        }
    }
}
