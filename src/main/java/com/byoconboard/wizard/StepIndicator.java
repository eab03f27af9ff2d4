package com.byoconboard.wizard;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.validation.ValidationReport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/** The list of steps beside the form: each one done, current, to do, or marked as having errors. */
final class StepIndicator extends OrderedList {

    /** What the indicator shows for one step. */
    enum Status { DONE, CURRENT, TODO, HAS_ERRORS }

    private final OnboardingId id;
    private final WizardStep current;

    StepIndicator(OnboardingId id, WizardStep current) {
        this.id = id;
        this.current = current;
        addClassName("byoc-steps");
        getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
    }

    void update(ValidationReport report) {
        removeAll();
        for (WizardStep step : WizardStep.values()) {
            Status status = statusOf(step, report);
            var number = new Span(String.valueOf(step.ordinal() + 1));
            number.addClassName("byoc-step-number");
            var title = new Span(getTranslation(step.titleKey()));
            title.addClassName("byoc-step-title");
            var state = new Span(getTranslation("wizard.status." + status.name().toLowerCase()));
            state.addClassName("byoc-step-state");
            var link = new Anchor(WizardView.path(id, step), number, title, state);
            var item = new ListItem(link);
            item.addClassName("byoc-step-" + status.name().toLowerCase().replace('_', '-'));
            item.getElement().setAttribute("data-step", step.slug());
            item.getElement().setAttribute("data-status", status.name());
            if (step == current) {
                link.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }

    /** Errors win over everything once a step has been passed; the current step shows as current. */
    private Status statusOf(WizardStep step, ValidationReport report) {
        boolean errors = report.errors().stream().anyMatch(f -> step.owns(f.field()));
        if (step == current) {
            return Status.CURRENT;
        }
        boolean passed = step.ordinal() < current.ordinal() || current == WizardStep.REVIEW;
        if (errors && passed) {
            return Status.HAS_ERRORS;
        }
        return passed ? Status.DONE : Status.TODO;
    }
}
