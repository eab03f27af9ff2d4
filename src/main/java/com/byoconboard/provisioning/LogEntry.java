package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import java.time.Instant;

/** One line of a run's log; {@code step} is null for lines about the run as a whole. */
public record LogEntry(long seq, Instant at, Level level, StepKind step, Message message) {

    /** How much the line matters. */
    public enum Level { INFO, WARN, ERROR }
}
