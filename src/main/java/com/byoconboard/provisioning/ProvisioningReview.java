package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What the wizard's Review step shows about provisioning: the plan, resource by resource, and the way to the
 * progress view once the onboarding is past approval (pre-flight is {@link AccountCheckPanel}, from an earlier step on).
 */
@org.springframework.stereotype.Component
public class ProvisioningReview {

    private final ProvisioningService provisioning;

    ProvisioningReview(ProvisioningService provisioning) {
        this.provisioning = provisioning;
    }

    /** The plan and (once approved) a link to the progress view. */
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

        var container = new Div(section);
        if (onboarding.state().ordinal() >= OnboardingState.APPROVED.ordinal()
                && onboarding.state() != OnboardingState.REJECTED) {
            var link = new Anchor(ProvisioningView.path(onboarding.id()), translate("provisioning.review.progress"));
            link.setId("provisioning-link");
            container.add(link);
        }
        return container;
    }

    private static String translate(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
