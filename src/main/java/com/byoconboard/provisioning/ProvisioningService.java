package com.byoconboard.provisioning;

import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.PeerSide;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The provisioning API: what a run will create, the pre-flight checks, and the actions on a run (start,
 * retry, re-run, cancel, tear down) with its progress. Vendor-side: callers check the organization first.
 */
@Service
public class ProvisioningService {

    private static final int LOG_LINES = 200;

    private final OnboardingService onboardings;
    private final RunEngine engine;
    private final Journal journal;
    private final Clock clock;
    private final ProvisioningProperties properties;
    private final CurrentUser currentUser;
    private final AccountCheck accountCheck;

    ProvisioningService(OnboardingService onboardings, RunEngine engine, Journal journal, Clock clock,
                        ProvisioningProperties properties, CurrentUser currentUser, AccountCheck accountCheck) {
        this.accountCheck = accountCheck;
        this.properties = properties;
        this.currentUser = currentUser;
        this.onboardings = onboardings;
        this.engine = engine;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Does {@code work} (calls of this service on {@code id}) for a customer of {@code org}: provisioning is
     * vendor-side, so once the caller is a customer of that organization and the onboarding is one of its own,
     * the work runs as the system on their behalf. The customer's provisioning page and the API both act so.
     */
    public <T> T forCustomer(OrganizationId org, OnboardingId id, Supplier<T> work) {
        currentUser.requireCustomerOf(org);
        onboardings.get(org, id);
        return SystemActor.call("provisioning for " + org, work);
    }

    /** What a run would create for this onboarding as it stands now. */
    public ProvisioningPlan plan(Onboarding onboarding) {
        return engine.planner().plan(onboarding);
    }

    /** Runs the pre-flight checks now, without waiting for a role that is still propagating. */
    public PreflightReport preflight(OnboardingId id) {
        return accountCheck.run(onboardings.getForVendor(id)).report();
    }

    /** Starts provisioning an approved onboarding; pre-flight is the run's first step. */
    public void start(OnboardingId id) {
        var onboarding = onboardings.getForVendor(id);
        onboardings.moveTo(id, OnboardingState.PROVISIONING);
        begin(onboarding, false, "provisioning.log.runStarted");
    }

    /** Continues a failed or cancelled run from the step that stopped it; finished steps are not repeated. */
    public void retry(OnboardingId id) {
        requireRun(id, EnumSet.of(RunState.FAILED, RunState.CANCELLED));
        requireNoStepStillRunning(id);
        var onboarding = onboardings.getForVendor(id);
        onboardings.moveTo(id, OnboardingState.PROVISIONING);
        begin(onboarding, false, "provisioning.log.runRetried");
    }

    /**
     * Runs every step of a ready onboarding again: each finds its resources (journal, then tags) and creates
     * only what is missing, so an intact deployment gets nothing new.
     */
    public void rerun(OnboardingId id) {
        requireRun(id, EnumSet.of(RunState.SUCCEEDED));
        begin(onboardings.getForVendor(id), true, "provisioning.log.runRerun");
    }

    /** Stops a running run after the steps in progress; nothing further starts. Retry continues it. */
    public void cancel(OnboardingId id) {
        if (journal.moveRun(id, EnumSet.of(RunState.RUNNING), RunState.CANCELLED, clock.instant())) {
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.cancelled"));
            engine.moveOnboarding(id, OnboardingState.FAILED);
        }
    }

    /** Deletes everything the run recorded, newest first; may be repeated until nothing is left. */
    public void tearDown(OnboardingId id) {
        requireRun(id, EnumSet.of(RunState.SUCCEEDED, RunState.FAILED, RunState.CANCELLED));
        if (journal.moveRun(id, EnumSet.of(RunState.SUCCEEDED, RunState.FAILED, RunState.CANCELLED),
                RunState.TEARING_DOWN, clock.instant())) {
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.tearingDown"));
            engine.enqueueTearDown(id);
        }
    }

    /** Does {@code action} on the run of {@code id}, as the methods above. */
    public void act(RunAction action, OnboardingId id) {
        switch (action) {
            case START -> start(id);
            case RETRY -> retry(id);
            case CANCEL -> cancel(id);
            case TEAR_DOWN -> tearDown(id);
        }
    }

    /** The run as the journal has it now. */
    public RunProgress progress(OnboardingId id) {
        var onboarding = onboardings.getForVendor(id);
        var run = journal.run(id);
        var steps = journal.steps(id);
        if (steps.isEmpty()) {
            // Before the first run: the steps it will have, all still to come.
            steps = Arrays.stream(StepKind.values()).map(s -> new StepProgress(s,
                    s.appliesTo(onboarding.inputs()) ? StepState.WAITING : StepState.SKIPPED, 0, null, null, null, Optional.empty())).toList();
        }
        return new RunProgress(id, onboarding.state(), onboarding.inputs().region(),
                run.map(Journal.Run::state).orElse(null), run.map(Journal.Run::startedAt).orElse(null),
                run.map(Journal.Run::finishedAt).orElse(null), steps, journal.resources(id),
                journal.log(id, LOG_LINES), peerSides(onboarding));
    }

    /** The peer side of each listed peer whose connection the journal has (live). */
    private List<PeerSide> peerSides(Onboarding onboarding) {
        var in = onboarding.inputs();
        return in.connectivity().activePeers().stream().flatMap(peer -> journal.resource(onboarding.id(),
                        Peering.connection(peer)).stream().map(pcx -> new PeerSide(pcx.resourceId(),
                        peer.regionOr(in.region()), peer.vpcId(), in.network().byocCidr())))
                .toList();
    }

    private void begin(Onboarding onboarding, boolean redoAll, String logKey) {
        int generation = journal.startRun(onboarding.id(), onboarding.inputs().network().mode(), plan(onboarding).steps(),
                redoAll, clock.instant());
        engine.log(onboarding.id(), LogEntry.Level.INFO, null, Message.of(logKey, generation));
        engine.advance(onboarding.id(), generation);
    }

    /**
     * Steps that were under way when the run stopped still finish (each looks up, then creates); starting them
     * again beside themselves could create a resource twice. A step running for longer than any waiter
     * allows is taken as orphaned by a crash, and no longer blocks.
     */
    private void requireNoStepStillRunning(OnboardingId id) {
        var orphanedBefore = clock.instant().minus(properties.waiterTimeout().multipliedBy(2));
        var running = journal.steps(id).stream()
                .filter(s -> s.state() == StepState.RUNNING && s.startedAt() != null && s.startedAt().isAfter(orphanedBefore))
                .map(s -> s.step().id())
                .toList();
        if (!running.isEmpty()) {
            throw new IllegalStateException("Steps " + running + " of the stopped run are still finishing; retry when they are done");
        }
    }

    private void requireRun(OnboardingId id, EnumSet<RunState> allowed) {
        var state = journal.run(id).map(Journal.Run::state).orElse(null);
        if (state == null || !allowed.contains(state)) {
            throw new IllegalStateException("The provisioning run of " + id + " is " + state + "; this needs " + allowed);
        }
    }
}
