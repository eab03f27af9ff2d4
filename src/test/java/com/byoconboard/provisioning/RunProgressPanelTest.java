package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * The progress panel and its broadcaster without a browser. What a panel changes and nobody collects is what
 * piled up for closed tabs (859 state nodes to 532k in two minutes): an update may only change what changed,
 * and a detached panel must no longer be fed.
 */
class RunProgressPanelTest {

    private static final OnboardingId ID = OnboardingId.random();
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final ProvisioningService provisioning = mock(ProvisioningService.class);
    private final ProgressBroadcaster broadcaster = new ProgressBroadcaster(provisioning,
            new ProvisioningProperties(false, null, null, 0, null, null, null, null, null, null, null, Duration.ofHours(1),
                    null));
    private final MovingClock clock = new MovingClock();
    private final UI ui = new UI();

    @AfterEach
    void stopTicker() {
        broadcaster.destroy();
    }

    @Test
    void aSecondOfARunningStepChangesItsClockAndNothingElse() {
        var running = progress(StepState.RUNNING, 100);
        var panel = attachedPanel(running);
        changesSent();

        for (int second = 0; second < 120; second++) {
            clock.now = clock.now.plusSeconds(1);
            panel.show(running);
        }

        assertThat(changesSent()).as("state changes after two minutes of ticks").isLessThanOrEqualTo(2);
    }

    @Test
    void aNewLogLineAndAFinishedStepAreAddedToWhatIsShownNotRebuilt() {
        var panel = attachedPanel(progress(StepState.RUNNING, 100));
        Component newestShown = logLines(panel).getFirst();
        changesSent();

        panel.show(progress(StepState.DONE, 101));

        assertThat(logLines(panel)).hasSize(100).element(1).isSameAs(newestShown);
        assertThat(changesSent()).as("state changes for one line and one step (a rebuild: thousands)").isLessThan(100);
    }

    @Test
    void aDetachedPanelIsNoLongerFed() {
        var panel = attachedPanel(progress(StepState.RUNNING, 3));
        assertThat(broadcaster.viewers()).isEqualTo(1);

        ui.remove(panel);

        assertThat(broadcaster.viewers()).isZero();
    }

    @Test
    void theBroadcasterPassesOnChangesOnlyAndForgetsViewersThatAreGone() {
        var delivered = new AtomicInteger();
        var finished = progress(StepState.DONE, 3);
        when(provisioning.progress(ID)).thenReturn(finished);
        broadcaster.watch(ID, p -> delivered.incrementAndGet() < 3);

        broadcaster.tick();
        broadcaster.tick();
        assertThat(delivered).as("an unchanged journal is sent once").hasValue(1);

        when(provisioning.progress(ID)).thenReturn(progress(StepState.RUNNING, 4));
        broadcaster.tick();
        broadcaster.tick();
        assertThat(delivered).as("a running step's clock moves every tick").hasValue(3);
        assertThat(broadcaster.viewers()).as("the viewer said it was gone").isZero();
    }

    @Test
    void aTearDownShowsExactlyTheActionsTheServiceAllowsRetryAndCancelAndChangesThemWhenTheyChange() {
        var tearingDown = withState(progress(StepState.DONE, 3), RunState.TEARING_DOWN);
        when(provisioning.progress(ID)).thenReturn(tearingDown);
        when(provisioning.allowedFor(any(), any())).thenReturn(new RunActions(java.util.Set.of(RunAction.RETRY,
                RunAction.CANCEL)));
        var panel = new RunProgressPanel(ID, provisioning, broadcaster, clock, java.util.Optional.empty());
        ui.add(panel);

        assertThat(buttonIds(panel)).containsExactly("run-retry", "run-cancel");

        when(provisioning.allowedFor(any(), any())).thenReturn(new RunActions(java.util.Set.of()));
        panel.show(withState(tearingDown, RunState.TORN_DOWN));
        assertThat(buttonIds(panel)).isEmpty();
    }

    private static List<String> buttonIds(RunProgressPanel panel) {
        return panel.getChildren().filter(c -> c.getClassNames().contains("byoc-run-actions")).findFirst().orElseThrow()
                .getChildren().map(c -> c.getId().orElse("")).toList();
    }

    private static RunProgress withState(RunProgress p, RunState state) {
        return new RunProgress(p.onboardingId(), p.organizationId(), p.onboardingState(), p.region(), state, p.startedAt(),
                p.finishedAt(), p.steps(), p.resources(), p.log(), p.peerSides());
    }

    private RunProgressPanel attachedPanel(RunProgress progress) {
        when(provisioning.progress(ID)).thenReturn(progress);
        when(provisioning.allowedFor(any(), any())).thenReturn(new RunActions(java.util.Set.of(RunAction.CANCEL)));
        var panel = new RunProgressPanel(ID, provisioning, broadcaster, clock, java.util.Optional.empty());
        ui.add(panel);
        return panel;
    }

    /** Collects (and so clears) what the UI would send to the browser next; nobody collects it for a closed tab. */
    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }

    private static List<Component> logLines(RunProgressPanel panel) {
        return panel.getChildren().filter(RunLog.class::isInstance).findFirst().orElseThrow().getChildren().toList();
    }

    /** A run whose VPC step is in {@code vpc} and whose log has {@code lines} lines. */
    private static RunProgress progress(StepState vpc, int lines) {
        var steps = new ArrayList<StepProgress>();
        for (StepKind step : StepKind.values()) {
            StepState state = step == StepKind.VPC ? vpc : step == StepKind.PREFLIGHT ? StepState.DONE : StepState.WAITING;
            steps.add(new StepProgress(step, state, 1, state == StepState.WAITING ? null : START,
                    state == StepState.DONE ? START.plusSeconds(5) : null, null, java.util.Optional.empty()));
        }
        var log = LongStream.rangeClosed(Math.max(1, lines - 99), lines).mapToObj(seq -> new LogEntry(seq,
                START.plusSeconds(seq), LogEntry.Level.INFO, StepKind.VPC, Message.of("provisioning.log.stepStarted", seq)))
                .toList();
        var vpcId = new RecordedResource(1, StepKind.VPC, "vpc", ResourceType.VPC, "vpc-0123", null, START, null);
        return new RunProgress(ID, new OrganizationId("acme"), OnboardingState.PROVISIONING, "us-east-1", RunState.RUNNING, START, null, steps,
                vpc == StepState.DONE ? List.of(vpcId) : List.of(), log, List.of());
    }

    private static final class MovingClock extends Clock {
        Instant now = START.plusSeconds(30);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
