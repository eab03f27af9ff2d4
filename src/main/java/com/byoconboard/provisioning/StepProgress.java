package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import java.time.Instant;

/** One step of a run as the journal has it; {@code error} is set when the step failed. */
public record StepProgress(StepKind step, StepState state, int attempts, Instant startedAt, Instant finishedAt,
                           Message error) {
}
