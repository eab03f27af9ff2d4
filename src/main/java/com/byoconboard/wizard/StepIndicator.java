package com.byoconboard.wizard;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.validation.ValidationReport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

import java.util.EnumMap;
import java.util.Map;

/** The list of steps beside the form: each one done, current, to do, or marked as having errors. */
final class StepIndicator extends OrderedList {

    /** What the indicator shows for one step. */
    enum Status { DONE, CURRENT, TODO, HAS_ERRORS }

    private final OnboardingId id;
    private final WizardStep current;
    /** Drawn on the first update; later updates change only the status of a step whose status changed. */
    private final Map<WizardStep, Item> items = new EnumMap<>(WizardStep.class);

    StepIndicator(OnboardingId id, WizardStep current) {
        this.id = id;
        this.current = current;
        addClassName("byoc-steps");
        getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
    }

    // Called on every autosave: redrawing all steps cost a fifth of the server's time per change and 35 new
    // elements in every answer (bench/live-validation's profile).
    void update(ValidationReport report) {
        for (WizardStep step : WizardStep.values()) {
            items.computeIfAbsent(step, this::item).show(statusOf(step, report));
        }
    }

    private Item item(WizardStep step) {
        var number = new Span(String.valueOf(step.ordinal() + 1));
        number.addClassName("byoc-step-number");
        var title = new Span(getTranslation(step.titleKey()));
        title.addClassName("byoc-step-title");
        var state = new Span();
        state.addClassName("byoc-step-state");
        var link = new Anchor(WizardView.path(id, step), number, title, state);
        var item = new ListItem(link);
        item.getElement().setAttribute("data-step", step.slug());
        if (step == current) {
            link.getElement().setAttribute("aria-current", "step");
        }
        add(item);
        return new Item(item, state);
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

    /** One step's entry and the status it shows. */
    private final class Item {
        private final ListItem item;
        private final Span state;
        private Status shown;

        Item(ListItem item, Span state) {
            this.item = item;
            this.state = state;
        }

        void show(Status status) {
            if (status == shown) {
                return;
            }
            if (shown != null) {
                item.removeClassName(className(shown));
            }
            item.addClassName(className(status));
            item.getElement().setAttribute("data-status", status.name());
            state.setText(getTranslation("wizard.status." + status.name().toLowerCase()));
            shown = status;
        }

        private static String className(Status status) {
            return "byoc-step-" + status.name().toLowerCase().replace('_', '-');
        }
    }
}
