package com.byoconboard.provisioning;

import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.PeerSidePanel;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Live progress of one onboarding's provisioning: every step's state and elapsed time, the resources with
 * links to the AWS console, an overall bar, the log, and the actions on the run. Pushed to the browser
 * (server push) as the journal changes, so a reload or a second browser shows the same. Shown to the customer
 * ({@link ProvisioningView}) and to support (its review page).
 */
final class RunProgressPanel extends Div {

    /** How the panel's calls reach the provisioning service: as the viewer, or as the system on their behalf. */
    interface Caller {
        <T> T call(java.util.function.Supplier<T> work);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("UTC"));

    private final OnboardingId id;
    private final ProvisioningService provisioning;
    private final ProgressBroadcaster broadcaster;
    private final Clock clock;
    private final Caller caller;
    private final Span runState = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Span barLabel = new Span();
    private final Div actions = new Div();
    private final OrderedList steps = new OrderedList();
    private final Paragraph endpoints = new Paragraph();
    private final Div log = new Div();
    private ProgressBroadcaster.Watch watch;
    private RunProgress shown;

    RunProgressPanel(OnboardingId id, ProvisioningService provisioning, ProgressBroadcaster broadcaster, Clock clock,
                     Caller caller) {
        this.id = id;
        this.provisioning = provisioning;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.caller = caller;
        addClassName("byoc-run");
        runState.setId("run-state");
        runState.addClassName("byoc-run-state");
        bar.setId("progress-bar");
        barLabel.setId("progress-label");
        actions.addClassName("byoc-run-actions");
        steps.setId("steps");
        steps.addClassName("byoc-run-steps");
        endpoints.setId("endpoints");
        log.setId("run-log");
        log.addClassName("byoc-run-log");
        var status = new Div(runState, barLabel);
        status.addClassName("byoc-run-status");
        add(status, bar, actions, steps, endpoints, new H2(getTranslation("provisioning.log")), log);
        show(caller.call(() -> provisioning.progress(id)));
    }
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        watch = broadcaster.watch(id, progress -> ui.access(() -> show(progress)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (watch != null) {
            broadcaster.unwatch(watch);
            watch = null;
        }
    }

    private void show(RunProgress progress) {
        boolean running = progress.state() == RunState.RUNNING || progress.state() == RunState.TEARING_DOWN;
        if (Objects.equals(progress, shown) && !running) {
            return;
        }
        shown = progress;
        runState.setText(progress.state() != null ? getTranslation("provisioning.run." + progress.state())
                : progress.onboardingState() == OnboardingState.SUBMITTED ? getTranslation("provisioning.state.awaitingApproval")
                : getTranslation("provisioning.state.none"));
        runState.getElement().setAttribute("data-state", progress.state() == null ? "NONE" : progress.state().name());
        bar.setValue(progress.fractionDone());
        long settled = progress.steps().stream().filter(s -> s.state().settled()).count();
        barLabel.setText(getTranslation("provisioning.progress", settled, progress.steps().size()));
        showActions(progress);
        steps.removeAll();
        progress.steps().forEach(s -> steps.add(step(progress, s)));
        var hosts = progress.resources().stream().filter(r -> r.type() == ResourceType.HOST_NAME && r.deletedAt() == null)
                .map(RecordedResource::resourceId).toList();
        String text = hosts.size() == 2 ? getTranslation("provisioning.endpoints", hosts.get(0), hosts.get(1)) : "";
        // With a peering, say how to check the private endpoint from the peer VPC.
        endpoints.setText(hosts.size() == 2 && !progress.peerSides().isEmpty()
                ? text + " " + getTranslation("provisioning.endpoints.checkPrivate", hosts.get(1),
                Peering.CLIENT_PORTS.getFirst()) : text);
        endpoints.setVisible(hosts.size() == 2);
        log.removeAll();
        progress.log().reversed().forEach(line -> {
            var entry = new Div(new Span(TIME.format(line.at())),
                    new Span(line.step() == null ? "" : getTranslation("provisioning.step." + line.step().id())),
                    new Span(text(line.message())));
            entry.addClassNames("byoc-log-line", "byoc-log-" + line.level().name().toLowerCase());
            log.add(entry);
        });
    }

    private Component step(RunProgress progress, StepProgress s) {
        String state = s.state() == StepState.QUEUED ? "waiting" : s.state().name().toLowerCase();
        var badge = new Span(getTranslation("provisioning.stepState." + s.state()));
        badge.addClassNames("byoc-run-step-state", "byoc-run-step-" + state);
        var title = new Span(getTranslation("provisioning.step." + s.step().id()));
        title.addClassName("byoc-run-step-title");
        var elapsed = new Span(s.startedAt() == null ? "" : elapsed(s.startedAt(),
                s.finishedAt() == null ? clock.instant() : s.finishedAt()));
        elapsed.addClassName("byoc-run-step-elapsed");
        var item = new ListItem(new Div(badge, title, elapsed));
        item.getElement().setAttribute("data-step", s.step().id());
        item.getElement().setAttribute("data-state", state);
        if (s.error() != null) {
            var error = new Paragraph(text(s.error()));
            // While waiting for the customer the text says what to do: a note, not an error.
            error.addClassName(s.state() == StepState.WAITING_FOR_YOU ? "byoc-run-step-note" : "byoc-run-step-error");
            // A rule's command, as the wizard shows it; else the fix text that goes with the error's key, if any.
            Component fix = s.fix().<Component>map(FixSnippet::new)
                    .orElseGet(() -> new Paragraph(getTranslation(s.error().key() + ".fix", s.error().argsArray())));
            fix.addClassName("byoc-run-step-fix");
            item.add(error);
            if (!(fix instanceof Paragraph text && text.getText().startsWith("!"))) {
                item.add(fix);
            }
        }
        if (s.step() == StepKind.PEERING_ACCEPTANCE && !progress.peerSides().isEmpty()) {
            item.add(peerSides(progress, s.state() == StepState.WAITING_FOR_YOU));
        }
        var resources = new UnorderedList();
        resources.addClassName("byoc-run-step-resources");
        for (RecordedResource r : progress.resourcesOf(s.step())) {
            String label = getTranslation("provisioning.resource." + r.type()) + " ";
            String url = r.type().consoleUrl(progress.region(), r.resourceId());
            Component idText = url.isEmpty() || r.deletedAt() != null ? new Span(r.resourceId())
                    : new Anchor(url, r.resourceId(), AnchorTarget.BLANK);
            var line = new ListItem(new Span(label), idText);
            if (r.deletedAt() != null) {
                line.addClassName("byoc-resource-deleted");
            }
            resources.add(line);
        }
        if (resources.getChildren().findAny().isPresent()) {
            item.add(resources);
        }
        return item;
    }

    /** The peer account's side (guide steps 3 and 5): open while we wait for it, folded away once accepted. */
    private Details peerSides(RunProgress progress, boolean waiting) {
        var sides = new Div();
        progress.peerSides().forEach(side -> sides.add(new PeerSidePanel(side)));
        var details = new Details(getTranslation("provisioning.peering.peerSide"), sides);
        details.setOpened(waiting);
        details.setId("peer-side");
        return details;
    }

    private void showActions(RunProgress progress) {
        actions.removeAll();
        var state = progress.state();
        if (state == null && progress.onboardingState() == OnboardingState.APPROVED) {
            actions.add(action("run-start", "provisioning.action.start", ButtonVariant.LUMO_PRIMARY, provisioning::start));
        }
        if (state == RunState.FAILED || state == RunState.CANCELLED) {
            actions.add(action("run-retry", "provisioning.action.retry", ButtonVariant.LUMO_PRIMARY, provisioning::retry));
        }
        if (state == RunState.RUNNING) {
            actions.add(action("run-cancel", "provisioning.action.cancel", ButtonVariant.LUMO_CONTRAST, provisioning::cancel));
        }
        if (state != null && state.idle()) {
            var tearDown = new Button(getTranslation("provisioning.action.tearDown"), e -> new ConfirmDialog(
                    getTranslation("provisioning.action.tearDown"), getTranslation("provisioning.action.tearDown.confirm"),
                    getTranslation("provisioning.action.tearDown"), confirmed -> act(provisioning::tearDown)).open());
            tearDown.addThemeVariants(ButtonVariant.LUMO_ERROR);
            tearDown.setId("run-tear-down");
            actions.add(tearDown);
        }
    }

    private Button action(String elementId, String key, ButtonVariant variant, Consumer<OnboardingId> call) {
        var button = new Button(getTranslation(key), e -> act(call));
        button.addThemeVariants(variant);
        button.setId(elementId);
        button.setDisableOnClick(true);
        return button;
    }

    private void act(Consumer<OnboardingId> call) {
        try {
            show(caller.call(() -> {
                call.accept(id);
                return provisioning.progress(id);
            }));
        } catch (RuntimeException e) {
            Notification.show(getTranslation("provisioning.action.failed", e.getMessage()), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String text(Message message) {
        return getTranslation(message.key(), message.argsArray());
    }

    private static String elapsed(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toMinutes() > 0 ? "%dm %02ds".formatted(d.toMinutes(), d.toSecondsPart()) : d.toSeconds() + "s";
    }
}
