package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.validation.Fix;

import java.time.Instant;
import java.util.Optional;

/**
 * One step of a run as the journal has it; {@code error} is set when the step failed (or, while it waits for the
 * customer, says what it waits for), {@code fix} when a command fixes it.
 */
public record StepProgress(StepKind step, StepState state, int attempts, Instant startedAt, Instant finishedAt,
                           Message error, Optional<Fix> fix) {
}
