package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What the wizard's Review step shows about provisioning: the plan, resource by resource, the pre-flight
 * checks on demand, and the way to the progress view once the onboarding is past approval.
 */
@org.springframework.stereotype.Component
// Pre-flight reads the customer's own onboarding (the review step got it through their organization) as the system.
public class ProvisioningReview {

    private final ProvisioningService provisioning;

    ProvisioningReview(ProvisioningService provisioning) {
        this.provisioning = provisioning;
    }

    /** The plan, a pre-flight button with its results, and (once approved) a link to the progress view. */
    public Component render(Onboarding onboarding) {
        var plan = provisioning.plan(onboarding);
        var section = new Div(new H2(translate("provisioning.review.plan")));
        section.addClassNames("byoc-section", "byoc-plan");
        section.setId("provisioning-plan");
        for (StepKind step : StepKind.values()) {
            var resources = plan.of(step);
            if (resources.isEmpty()) {
                continue;
            }
            var list = new UnorderedList();
            resources.forEach(r -> {
                var item = new ListItem(new Span(translate("provisioning.resource." + r.type()) + " "),
                        new Span(r.name()), new Span(r.detail().isEmpty() ? "" : " · " + r.detail()));
                item.getElement().setAttribute("data-resource", r.logicalName());
                list.add(item);
            });
            var group = new Div(new Span(translate("provisioning.step." + step.id())), list);
            group.addClassName("byoc-plan-step");
            section.add(group);
        }
        section.add(new Paragraph(translate("provisioning.review.endpoints", plan.publicEndpoint(), plan.privateEndpoint())));

        var checks = new Div();
        checks.setId("preflight-results");
        var run = new Button(translate("provisioning.review.preflight.run"), VaadinIcon.STETHOSCOPE.create(),
                e -> show(checks, SystemActor.call("provisioning pre-flight", () -> provisioning.preflight(onboarding.id()))));
        run.setId("preflight-run");
        var preflight = new Div(new H2(translate("provisioning.review.preflight")),
                new Paragraph(translate("provisioning.review.preflight.hint")), run, checks);
        preflight.addClassNames("byoc-section", "byoc-preflight");

        var container = new Div(section, preflight);
        if (onboarding.state().ordinal() >= OnboardingState.APPROVED.ordinal()
                && onboarding.state() != OnboardingState.REJECTED) {
            var link = new Anchor(ProvisioningView.path(onboarding.id()), translate("provisioning.review.progress"));
            link.setId("provisioning-link");
            container.add(link);
        }
        return container;
    }

    private static void show(Div target, PreflightReport report) {
        target.removeAll();
        var list = new UnorderedList();
        list.addClassName("byoc-checks");
        for (CheckResult r : report.checks()) {
            var item = new ListItem(new Span(translate("provisioning.check.status." + r.status())),
                    new Span(translate(r.title().key(), r.title().argsArray())));
            if (r.findings().isEmpty()) {
                item.add(new Paragraph(translate(r.evidence().key(), r.evidence().argsArray())));
            }
            // A rule's findings read as in the wizard: the rule ID, the message, and the fix to copy.
            r.findings().forEach(f -> {
                item.add(new Paragraph("[" + f.ruleId() + "] " + translate(f.messageKey(), f.args().toArray())));
                f.fix().ifPresent(fix -> item.add(new FixSnippet(fix)));
            });
            if (r.fix() != null) {
                item.add(new Paragraph(translate(r.fix().key(), r.fix().argsArray())));
            }
            item.addClassName("byoc-check-" + r.status().name().toLowerCase());
            item.getElement().setAttribute("data-check", r.check());
            item.getElement().setAttribute("data-status", r.status().name());
            list.add(item);
        }
        target.add(list);
    }

    private static String translate(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
