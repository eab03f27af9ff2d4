package com.byoconboard.provisioning;

import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands a run's work to the job engine once the transaction that started it committed (a job enqueued before
 * would read the run as it was before, and do nothing). The events are kept in the event publication registry
 * until this is done, so a crash in between is made good by resubmitting them.
 */
@Component
class RunKickoff {

    /** A run generation was recorded; its first steps are still to be enqueued. */
    record RunStarted(OnboardingId id, int generation) {
    }

    /** A tear down was asked for (or asked to try again); its job is still to be enqueued. */
    record TearDownStarted(OnboardingId id) {
    }

    private final RunEngine engine;

    RunKickoff(RunEngine engine) {
        this.engine = engine;
    }

    @ApplicationModuleListener
    void on(RunStarted started) {
        SystemActor.run("provisioning", () -> engine.advance(started.id(), started.generation()));
    }

    @ApplicationModuleListener
    void on(TearDownStarted started) {
        engine.enqueueTearDown(started.id(), 1);
    }
}
