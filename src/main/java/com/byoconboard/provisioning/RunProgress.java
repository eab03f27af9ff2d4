package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.PeerSide;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;

import java.time.Instant;
import java.util.List;

/**
 * Everything the progress view shows, read from the journal (so every app node and every browser sees the
 * same), with the organization it belongs to. {@code state} is null while no run was started. {@code peerSides}: what the customer does in the peer
 * account for each peering connection requested so far.
 */
public record RunProgress(OnboardingId onboardingId, OrganizationId organizationId, OnboardingState onboardingState, String region, RunState state,
                          Instant startedAt, Instant finishedAt, List<StepProgress> steps,
                          List<RecordedResource> resources, List<LogEntry> log, List<PeerSide> peerSides) {

    /**
     * Steps this onboarding's run has work in. Skipped ones (not in its plan, such as peering without a peer) are
     * left out of "3 of 13 steps done": counted as done, a run not yet started would look a third finished.
     */
    public long stepsToDo() {
        return steps.stream().filter(s -> s.state() != StepState.SKIPPED).count();
    }

    public long stepsDone() {
        return steps.stream().filter(s -> s.state() == StepState.DONE).count();
    }

    /** {@link #stepsDone()} of {@link #stepsToDo()}, 0 to 1. */
    public double fractionDone() {
        long toDo = stepsToDo();
        return toDo == 0 ? 0 : stepsDone() / (double) toDo;
    }

    /** A step is running: its elapsed time keeps changing although the journal does not. */
    boolean clockRunning() {
        return steps.stream().anyMatch(s -> s.state() == StepState.RUNNING && s.finishedAt() == null);
    }

    public List<RecordedResource> resourcesOf(StepKind step) {
        return resources.stream().filter(r -> r.step() == step).toList();
    }
}
