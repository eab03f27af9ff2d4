package com.byoconboard.provisioning;

import com.byoconboard.aws.EmulatedAws;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.SandboxBootstrapRole;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

/**
 * Sandbox only: the emulated AWS starts empty with every start of the app (moto keeps nothing on disk), while the
 * journal in the database remembers earlier runs. Each run that had created something before this start is
 * marked lost, before any job resumes (JobRunr starts when the app is ready): its resources deleted, the steps that
 * got under way failed with the reason, the run failed (a tear down under way is complete), so that no page claims
 * a resource that does not exist and Retry provisions everything anew. The customer's bootstrap role, which the
 * sandbox created for them, is created again where pre-flight had found it.
 */
@Component
@Profile("sandbox")
class LostSandboxRuns implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(LostSandboxRuns.class);

    private final Journal journal;
    private final RunEngine engine;
    private final OnboardingService onboardings;
    private final EmulatedAws emulated;
    private final SandboxBootstrapRole roles;
    private final Clock clock;

    LostSandboxRuns(Journal journal, RunEngine engine, OnboardingService onboardings, EmulatedAws emulated,
                    SandboxBootstrapRole roles, Clock clock) {
        this.journal = journal;
        this.engine = engine;
        this.onboardings = onboardings;
        this.emulated = emulated;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SystemActor.run("sandbox restart", () -> journal.runsIn(EnumSet.complementOf(EnumSet.of(RunState.TORN_DOWN)))
                .forEach(this::markIfLost));
    }

    private void markIfLost(OnboardingId id) {
        Instant emulatorStart = emulated.startedAt();
        var run = journal.run(id).orElseThrow();
        boolean inFlight = run.state() == RunState.RUNNING || run.state() == RunState.TEARING_DOWN;
        boolean created = journal.resources(id).stream()
                .anyMatch(r -> r.deletedAt() == null && r.createdAt().isBefore(emulatorStart));
        if (!inFlight && !created) {
            return;
        }
        boolean rolePassed = journal.steps(id).stream()
                .anyMatch(s -> s.step() == StepKind.PREFLIGHT && s.state() == StepState.DONE);
        Instant now = clock.instant();
        int lost = journal.markLost(id, emulatorStart, Message.of("provisioning.lost.step"), now);
        LOG.warn("Sandbox restarted with an empty emulator: run of onboarding {} ({}) lost {} resources", id,
                run.state(), lost);
        if (run.state() == RunState.TEARING_DOWN) {
            journal.moveRun(id, EnumSet.of(RunState.TEARING_DOWN), RunState.TORN_DOWN, now);
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.lostTornDown", lost));
            engine.moveOnboarding(id, OnboardingState.TORN_DOWN);
            return;
        }
        journal.moveRun(id, EnumSet.of(RunState.RUNNING, RunState.SUCCEEDED, RunState.CANCELLED), RunState.FAILED, now);
        engine.log(id, LogEntry.Level.ERROR, null, Message.of("provisioning.log.lost", lost));
        engine.moveOnboarding(id, OnboardingState.FAILED);
        if (rolePassed) {
            recreateRole(id);
        }
    }

    /** The role the customer had the sandbox create went with the emulator; without it Retry stops at pre-flight. */
    private void recreateRole(OnboardingId id) {
        var onboarding = onboardings.getForVendor(id);
        try {
            String roleArn = roles.create(onboarding);
            engine.log(id, LogEntry.Level.INFO, null, Message.of("provisioning.log.lostRoleCreated", roleArn));
        } catch (RuntimeException e) {
            LOG.warn("Could not create the bootstrap role of onboarding {} again in the sandbox", id, e);
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.lostRoleNotCreated",
                    onboarding.inputs().bootstrapRole().roleArn()));
        }
    }
}
