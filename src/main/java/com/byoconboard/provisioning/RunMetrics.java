package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Metrics of provisioning runs and their steps: runs started, runs finished by outcome with their duration, steps
 * by outcome with their duration, and steps tried again after a transient failure. The journal reports every
 * change of state here, as the one place where they all happen.
 */
@Component
class RunMetrics {

    static final String RUNS_STARTED = "byoc.runs.started";
    static final String RUNS_FINISHED = "byoc.runs.finished";
    static final String STEPS = "byoc.steps";
    static final String STEP_RETRIES = "byoc.steps.retries";

    private final MeterRegistry meters;

    RunMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void runStarted(VpcMode mode) {
        Counter.builder(RUNS_STARTED).description("Provisioning runs started, retried or run again")
                .tag("vpc_mode", tag(mode)).register(meters).increment();
    }

    /** A run reached {@code outcome}, {@code startedAt} (when it, or its last retry, started) to {@code now}. */
    void runFinished(RunState outcome, Instant startedAt, Instant now) {
        Timer.builder(RUNS_FINISHED).description("Provisioning runs that stopped, by outcome, from (re)start to stop")
                .tag("outcome", tag(outcome)).register(meters).record(between(startedAt, now));
    }

    /** A step reached {@code outcome} (done or failed), {@code startedAt} (its first attempt) to {@code now}. */
    void stepFinished(StepKind step, StepState outcome, Instant startedAt, Instant now) {
        Timer.builder(STEPS).description("Provisioning steps that finished, by outcome, from first attempt to end")
                .tag("step", step.id()).tag("outcome", tag(outcome)).register(meters).record(between(startedAt, now));
    }

    void stepRetried(StepKind step) {
        Counter.builder(STEP_RETRIES).description("Step attempts that failed transiently and are tried again")
                .tag("step", step.id()).register(meters).increment();
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
