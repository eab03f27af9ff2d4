package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "3 of 13 steps done": what the bar and its label count. */
class RunProgressTest {

    @Test
    void skippedStepsAreNeitherDoneNorToDoSoARunNotYetStartedIsAtNothingDone() {
        var progress = progress(StepState.SKIPPED, StepState.SKIPPED, StepState.WAITING, StepState.WAITING);

        assertThat(progress.stepsDone()).isZero();
        assertThat(progress.stepsToDo()).isEqualTo(2);
        assertThat(progress.fractionDone()).isZero();
    }

    @Test
    void doneStepsCountAgainstTheStepsWithWorkInThem() {
        var progress = progress(StepState.SKIPPED, StepState.DONE, StepState.DONE, StepState.RUNNING, StepState.FAILED);

        assertThat(progress.stepsDone()).isEqualTo(2);
        assertThat(progress.stepsToDo()).isEqualTo(4);
        assertThat(progress.fractionDone()).isEqualTo(0.5);
    }

    @Test
    void aPlanOfOnlySkippedStepsIsAtNothingDoneRatherThanDividingByZero() {
        assertThat(progress(StepState.SKIPPED).fractionDone()).isZero();
    }

    private static RunProgress progress(StepState... states) {
        var kinds = StepKind.values();
        var steps = new java.util.ArrayList<StepProgress>();
        for (int i = 0; i < states.length; i++) {
            steps.add(new StepProgress(kinds[i], states[i], 0, null, null, null, Optional.empty()));
        }
        return new RunProgress(OnboardingId.random(), new OrganizationId("acme"), OnboardingState.APPROVED,
                "us-east-1", RunState.RUNNING, null, null, steps, List.of(), List.of(), List.of());
    }
}
