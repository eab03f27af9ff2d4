package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingId;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The entry points the job engine (JobRunr) calls, with plain arguments it can store. Public only because
 * JobRunr invokes them reflectively; call {@link ProvisioningService} instead.
 */
@Component
public class StepJobs {

    private final RunEngine engine;

    StepJobs(RunEngine engine) {
        this.engine = engine;
    }

    @Job(name = "Provisioning %0: %1 (run %2)")
    public void runStep(UUID onboardingId, String step, int generation) {
        // Jobs run with no signed-in person: the onboarding service is called as the system.
        SystemActor.run("provisioning", () ->
                engine.execute(new OnboardingId(onboardingId), StepKind.fromId(step).orElseThrow(), generation));
    }

    @Job(name = "Tear down %0 (try %1)")
    public void tearDown(UUID onboardingId, int attempt) {
        SystemActor.run("provisioning", () -> engine.tearDown(new OnboardingId(onboardingId), attempt));
    }
}
