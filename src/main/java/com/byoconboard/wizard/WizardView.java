package com.byoconboard.wizard;

import com.byoconboard.identity.CurrentOrganization;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.provisioning.AccountCheck;
import com.byoconboard.provisioning.AccountCheckPanel;
import com.byoconboard.support.CustomerMessages;
import com.byoconboard.support.CustomerTimeline;
import com.byoconboard.ui.MainLayout;
import com.byoconboard.ui.Texts;
import com.byoconboard.validation.OnboardingValidator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One route for all steps, {@code /onboarding/{draftId}/{step}}: each step has its own URL, so links can be
 * shared and the browser's back and forward buttons move between steps.
 */
@Route(value = "onboarding/:draftId/:step?", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class WizardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboardings;
    private final OnboardingValidator validator;
    private final CurrentOrganization organization;
    private final WizardSteps steps;
    private final CustomerTimeline timeline;
    private final AccountCheck accountCheck;
    private String title = "";

    WizardView(OnboardingService onboardings, OnboardingValidator validator, CurrentOrganization organization,
               WizardSteps steps, CustomerTimeline timeline, AccountCheck accountCheck) {
        this.accountCheck = accountCheck;
        this.timeline = timeline;
        this.onboardings = onboardings;
        this.validator = validator;
        this.organization = organization;
        this.steps = steps;
        addClassName("byoc-wizard");
    }

    static String path(OnboardingId id, WizardStep step) {
        return "onboarding/" + id + "/" + step.slug();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        var id = params.get("draftId").flatMap(OnboardingId::parse);
        var step = params.get("step").map(s -> WizardStep.fromSlug(s).orElse(null)).orElse(WizardStep.ACCOUNT);
        if (id.isEmpty() || step == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            var onboarding = onboardings.get(organization.id(), id.get());
            show(new DraftBinder(onboardings, validator, onboarding), step,
                    event.getLocation().getQueryParameters().getSingleParameter("field").orElse(null));
        } catch (OnboardingNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(DraftBinder binder, WizardStep step, String focusField) {
        removeAll();
        var id = binder.onboarding().id();
        title = getTranslation(step.titleKey()) + " · " + getTranslation("wizard.title");

        var indicator = new StepIndicator(id, step);
        var heading = new H1(getTranslation(step.titleKey()));
        var intro = new Paragraph(getTranslation("wizard.intro." + step.slug()));
        intro.addClassName("byoc-step-intro");
        var saveState = new Span();
        saveState.addClassName("byoc-save-state");
        saveState.setId("save-state");
        var head = new Div(new Div(heading, intro), saveState);
        head.addClassName("byoc-step-head");

        Component form = steps.of(step).render(binder);
        var summary = new StepSummary(binder);
        var body = new Div(form, summary);
        body.addClassName("byoc-step-body");

        var onboarding = binder.onboarding();
        var messages = new CustomerMessages(timeline.of(onboarding.organizationId(), id), i -> onboarding.displayName());
        var panel = new Div(head, lockedNotice(binder), messages, body);
        panel.addClassName("byoc-step-panel");
        // From the step that creates the role on, the customer can have the account checked before submitting.
        if (step.ordinal() >= WizardStep.BOOTSTRAP_ROLE.ordinal() && binder.editable()) {
            var check = new AccountCheckPanel(accountCheck, binder::onboarding, checked -> binder.accountChecked());
            binder.addChangeListener(check::refresh);
            binder.addAccountListener(check::refresh);
            panel.add(check);
        }
        panel.add(navigation(id, step));
        add(indicator, panel);

        Runnable refresh = () -> {
            indicator.update(binder.report());
            summary.show(step == WizardStep.REVIEW ? java.util.List.of()
                    : binder.report().findings().stream().filter(f -> step.owns(f.field())).toList());
            Texts.setIfChanged(saveState, getTranslation(binder.hasUnsavedEdits() ? "wizard.notSaved" : "wizard.saved"));
            saveState.getElement().getClassList().set("byoc-save-state-unsaved", binder.hasUnsavedEdits());
        };
        binder.addChangeListener(refresh);
        binder.onConflict(rejected -> ConflictNotice.show(binder, rejected));
        refresh.run();
        saveState.setText(getTranslation("wizard.autosave"));
        if (focusField != null) {
            binder.focus(focusField);
        }
    }

    private Component lockedNotice(DraftBinder binder) {
        var notice = new Div(VaadinIcon.LOCK.create(),
                new Span(getTranslation("wizard.locked", getTranslation("state." + binder.onboarding().state()))));
        notice.addClassName("byoc-locked");
        notice.setVisible(!binder.editable());
        return notice;
    }

    private Component navigation(OnboardingId id, WizardStep step) {
        var back = new Button(getTranslation("wizard.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> step.previous().ifPresent(p -> getUI().ifPresent(ui -> ui.navigate(path(id, p)))));
        back.setId("wizard-back");
        back.setEnabled(step.previous().isPresent());
        var nav = new HorizontalLayout(back);
        nav.addClassName("byoc-step-nav");
        step.next().ifPresent(n -> {
            var next = new Button(getTranslation("wizard.next"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(path(id, n))));
            next.setIconAfterText(true);
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setId("wizard-next");
            nav.add(next);
        });
        return nav;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Tells the customer their edit lost to a newer save, and offers to apply it again. */
    static final class ConflictNotice {
        private ConflictNotice() {
        }

        static void show(DraftBinder binder, DraftBinder.RejectedEdit rejected) {
            var notification = new Notification();
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notification.setPosition(Notification.Position.TOP_CENTER);
            var text = new Span(notification.getTranslation("wizard.conflict", rejected.attemptedValue()));
            var apply = new Button(notification.getTranslation("wizard.conflict.apply"), e -> {
                binder.reapply(rejected);
                notification.close();
            });
            apply.setId("conflict-apply");
            var keep = new Button(notification.getTranslation("wizard.conflict.keep"), e -> notification.close());
            keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var actions = new HorizontalLayout(apply, keep);
            var layout = new Div(text, actions);
            layout.addClassName("byoc-conflict");
            layout.setId("conflict-notice");
            notification.add(layout);
            notification.open();
        }
    }
}
