package com.byoconboard.provisioning;

import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.Actor;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.ui.CopyButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Live progress of one onboarding's provisioning: every step's state and elapsed time, the resources with
 * links to the AWS console, an overall bar, the log, and the actions on the run. Pushed to the browser
 * (server push) as the journal changes, so a reload or a second browser shows the same. Shown to the customer
 * ({@link ProvisioningView}) and to support (its review page).
 */
final class RunProgressPanel extends Div {

    private final OnboardingId id;
    private final ProvisioningService provisioning;
    private final Clock clock;
    private final Optional<Actor> viewer;
    private final Span runState = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Span barLabel = new Span();
    private final Div actions = new Div();
    private final Map<StepKind, StepRow> steps = new EnumMap<>(StepKind.class);
    private final Paragraph endpoints = new Paragraph();
    private final Div endpointCopies = new Div();
    private List<String> copiableHosts = List.of();
    private final RunLog log = new RunLog();
    private RunProgress shown;
    /** The actions shown: built again only when the service allows others. */
    private RunActions actionsShown;

    /**
     * @param viewer who looks at the panel (the service decides their actions on each update, which the broadcaster
     *               delivers on a thread of its own) and presses its buttons (the service checks them again)
     */
    RunProgressPanel(OnboardingId id, ProvisioningService provisioning, ProgressBroadcaster broadcaster, Clock clock,
                     Optional<Actor> viewer) {
        this.id = id;
        this.provisioning = provisioning;
        this.clock = clock;
        this.viewer = viewer;
        addClassName("byoc-run");
        runState.setId("run-state");
        runState.addClassName("byoc-run-state");
        bar.setId("progress-bar");
        barLabel.setId("progress-label");
        // The bar is named by the "6 of 20 steps done" beside it, for screen readers.
        bar.getElement().setAttribute("aria-labelledby", "progress-label");
        actions.addClassName("byoc-run-actions");
        var stepList = new OrderedList();
        stepList.setId("steps");
        stepList.addClassName("byoc-run-steps");
        for (StepKind step : StepKind.values()) {
            steps.put(step, new StepRow(step));
        }
        steps.values().forEach(stepList::add);
        endpoints.setId("endpoints");
        endpointCopies.setId("endpoint-copies");
        endpointCopies.addClassName("byoc-endpoint-copies");
        var status = new Div(runState, barLabel);
        status.addClassName("byoc-run-status");
        add(status, bar, actions, stepList, endpoints, endpointCopies, new H2(getTranslation("provisioning.log")), log);
        show(provisioning.progress(id));
        broadcaster.follow(this, id, progress -> Optional.of(() -> show(progress)));
    }

    /** Updates the panel in place; only what differs from what is shown reaches the browser. */
    void show(RunProgress progress) {
        if (progress.equals(shown) && !progress.clockRunning()) {
            return;
        }
        shown = progress;
        StepRow.setText(runState, progress.state() != null ? getTranslation("provisioning.run." + progress.state())
                : progress.onboardingState() == OnboardingState.SUBMITTED ? getTranslation("provisioning.state.awaitingApproval")
                : getTranslation("provisioning.state.none"));
        runState.getElement().setAttribute("data-state", progress.state() == null ? "NONE" : progress.state().name());
        bar.setValue(progress.fractionDone());
        StepRow.setText(barLabel, getTranslation("provisioning.progress", progress.stepsDone(), progress.stepsToDo()));
        var allowed = provisioning.allowedFor(viewer, progress);
        if (!allowed.equals(actionsShown)) {
            showActions(allowed);
            actionsShown = allowed;
        }
        Instant now = clock.instant();
        progress.steps().forEach(s -> steps.get(s.step()).show(s, progress.resourcesOf(s.step()), progress.region(), now,
                progress.peerSides()));
        var hosts = progress.resources().stream().filter(r -> r.type() == ResourceType.HOST_NAME && r.deletedAt() == null)
                .map(RecordedResource::resourceId).toList();
        String text = hosts.size() == 2 ? getTranslation("provisioning.endpoints", hosts.get(0), hosts.get(1)) : "";
        // With a peering, say how to check the private endpoint from the peer VPC.
        StepRow.setText(endpoints, hosts.size() == 2 && !progress.peerSides().isEmpty()
                ? text + " " + getTranslation("provisioning.endpoints.checkPrivate", hosts.get(1),
                Peering.CLIENT_PORTS.getFirst()) : text);
        endpoints.setVisible(hosts.size() == 2);
        if (!hosts.equals(copiableHosts)) {
            endpointCopies.removeAll();
            hosts.forEach(host -> {
                var copy = new CopyButton(host, () -> host);
                copy.setText(host);
                endpointCopies.add(copy);
            });
            copiableHosts = hosts;
        }
        endpointCopies.setVisible(hosts.size() == 2);
        log.show(progress.log());
    }

    /** One button per action the service allows, in the order of {@link RunAction}. */
    private void showActions(RunActions allowed) {
        actions.removeAll();
        for (RunAction action : RunAction.values()) {
            if (allowed.allows(action)) {
                actions.add(button(action));
            }
        }
    }

    private Button button(RunAction action) {
        boolean tearingDown = shown != null && shown.state() == RunState.TEARING_DOWN;
        return switch (action) {
            case START -> action("run-start", "provisioning.action.start", ButtonVariant.LUMO_PRIMARY, action);
            case RETRY -> action("run-retry", tearingDown ? "provisioning.action.retryTearDown" : "provisioning.action.retry",
                    ButtonVariant.LUMO_PRIMARY, action);
            case CANCEL -> tearingDown
                    ? confirmed("run-cancel", "provisioning.action.cancelTearDown", "provisioning.action.cancelTearDown.confirm",
                    ButtonVariant.LUMO_CONTRAST, action)
                    : action("run-cancel", "provisioning.action.cancel", ButtonVariant.LUMO_CONTRAST, action);
            case TEAR_DOWN -> confirmed("run-tear-down", "provisioning.action.tearDown",
                    "provisioning.action.tearDown.confirm", ButtonVariant.LUMO_ERROR, action);
        };
    }

    private Button action(String elementId, String key, ButtonVariant variant, RunAction action) {
        var button = new Button(getTranslation(key), e -> act(action));
        button.addThemeVariants(variant);
        button.setId(elementId);
        button.setDisableOnClick(true);
        return button;
    }

    /** An action that asks first, saying what it means for the customer's resources. */
    private Button confirmed(String elementId, String key, String confirmKey, ButtonVariant variant, RunAction action) {
        var button = new Button(getTranslation(key), e -> new ConfirmDialog(getTranslation(key), getTranslation(confirmKey),
                getTranslation(key), confirmed -> act(action)).open());
        button.addThemeVariants(variant);
        button.setId(elementId);
        return button;
    }

    private void act(RunAction action) {
        try {
            provisioning.act(action, id);
            show(provisioning.progress(id));
        } catch (AccessGrantRequiredException e) {
            showActions(actionsShown);
            Notification.show(AccessPanel.refusal(this, e), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException e) {
            showActions(actionsShown); // the pressed button disabled itself; the run did not change, so offer it again
            Notification.show(getTranslation("provisioning.action.failed", e.getMessage()), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
