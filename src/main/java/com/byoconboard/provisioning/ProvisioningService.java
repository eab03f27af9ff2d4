package com.byoconboard.provisioning;

import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.PeerSide;
import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeRefusedException;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs.PrivateConnectivity;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.OnboardingValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;

/**
 * The provisioning API: what a run will create, the pre-flight checks, and the actions on a run (start, retry,
 * re-run, cancel, tear down) with its progress. Which actions the caller may take is decided here
 * ({@link #allowedFor}) and checked on every action: support and the system on every organization's run, a
 * customer of the onboarding's organization on its own, nobody else. The customer's peering
 * change after READY ({@link #changePeering}) is checked the same way.
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
    private final ApplicationEventPublisher events;
    private final OnboardingValidator validator;
    private final AccountCheck accountCheck;
    private final ChangeLedger changes;
    private final SupportAccess access;

    ProvisioningService(OnboardingService onboardings, RunEngine engine, Journal journal, Clock clock,
                        ProvisioningProperties properties, CurrentUser currentUser, ApplicationEventPublisher events,
                        OnboardingValidator validator, AccountCheck accountCheck, ChangeLedger changes,
                        SupportAccess access) {
        this.changes = changes;
        this.access = access;
        this.validator = validator;
        this.accountCheck = accountCheck;
        this.properties = properties;
        this.currentUser = currentUser;
        this.onboardings = onboardings;
        this.engine = engine;
        this.journal = journal;
        this.clock = clock;
        this.events = events;
    }

    /** What a run would create (and remove) for this onboarding as it stands now. */
    public ProvisioningPlan plan(Onboarding onboarding) {
        return engine.planner().plan(onboarding, journal.resources(onboarding.id()));
    }

    /** Runs the pre-flight checks now, without waiting for a role that is still propagating. */
    public PreflightReport preflight(OnboardingId id) {
        return accountCheck.run(onboardings.getForVendor(id)).report();
    }

    /** The actions {@code caller} (empty: anonymous) may take now on the run that {@code progress} shows. */
    public RunActions allowedFor(Optional<Actor> caller, RunProgress progress) {
        return RunActions.allowedFor(caller, progress.organizationId(), progress.onboardingState(), progress.state());
    }

    /** The actions the current caller may take now on the run of {@code id}. */
    public RunActions allowedFor(OnboardingId id) {
        var onboarding = asSystem(() -> onboardings.getForVendor(id));
        return RunActions.allowedFor(currentUser.actor(), onboarding.organizationId(), onboarding.state(),
                journal.run(id).map(Journal.Run::state).orElse(null));
    }

    /**
     * Does {@code action} on the run of {@code id} for the current caller, and answers the action now under way
     * (a retry during a tear down tries the tear down again).
     *
     * @throws AccessDeniedException     the caller is neither support nor a customer of the onboarding's organization
     * @throws RunActionRefusedException the run's state does not allow it now
     * @throws com.byoconboard.support.AccessGrantRequiredException support without the customer's grant for an action
     *                                                             in the account ({@link AccountAction#of})
     */
    @Transactional
    public RunAction act(RunAction action, OnboardingId id) {
        var caller = currentUser.require();
        var onboarding = asSystem(() -> onboardings.getForVendor(id));
        if (!RunActions.mayAct(Optional.of(caller), onboarding.organizationId())) {
            throw new AccessDeniedException(caller.id() + " may not act on provisioning runs of organization "
                    + onboarding.organizationId());
        }
        var run = journal.run(id).map(Journal.Run::state).orElse(null);
        var open = RunActions.allowedFor(Optional.of(caller), onboarding.organizationId(), onboarding.state(), run);
        if (!open.allows(action)) {
            throw new RunActionRefusedException(id, action, onboarding.state(), run, open);
        }
        var inAccount = AccountAction.of(action);
        var grant = inAccount.flatMap(a -> access.require(caller, onboarding, a));
        inAccount.ifPresentOrElse(a -> {
            access.acted(grant, a);
            access.runBy(caller, onboarding, grant, a);
        }, () -> {
            if (action == RunAction.START) {
                access.runByOwner(onboarding);
            }
        });
        // Vendor-side moves of the onboarding, made by the service for a caller it has just checked.
        return SystemActor.call("provisioning for " + caller.id(), () -> switch (action) {
            case START -> {
                onboardings.moveTo(id, OnboardingState.PROVISIONING);
                begin(onboarding, Set.of(), "provisioning.log.runStarted");
                yield RunAction.START;
            }
            case RETRY -> run == RunState.TEARING_DOWN ? retryTearDown(id) : retryRun(onboarding);
            case CANCEL -> cancelRun(id, run);
            case TEAR_DOWN -> beginTearDown(id);
        });
    }

    /** Starts provisioning an approved onboarding; pre-flight is the run's first step. */
    @Transactional
    public void start(OnboardingId id) {
        act(RunAction.START, id);
    }

    /** Continues a failed or cancelled run from the step that stopped it; finished steps are not repeated. */
    @Transactional
    public void retry(OnboardingId id) {
        act(RunAction.RETRY, id);
    }

    /** Stops a running run after the steps in progress (nothing further starts), or a tear down. */
    @Transactional
    public void cancel(OnboardingId id) {
        act(RunAction.CANCEL, id);
    }

    /** Deletes everything the run recorded, newest first; may be repeated until nothing is left. */
    @Transactional
    public void tearDown(OnboardingId id) {
        act(RunAction.TEAR_DOWN, id);
    }

    /**
     * Runs every step of a ready onboarding again: each finds its resources (journal, then tags) and creates
     * only what is missing, so an intact deployment gets nothing new. The system's own action (peering changes).
     */
    @Transactional
    public void rerun(OnboardingId id) {
        requireRun(id, EnumSet.of(RunState.SUCCEEDED));
        var onboarding = onboardings.getForVendor(id);
        access.runByOwner(onboarding);
        begin(onboarding, EnumSet.allOf(StepKind.class), "provisioning.log.runRerun");
    }

    /**
     * Runs again only {@code steps} of a ready onboarding whose run is idle (Repair after a drift check): each finds
     * its resources (journal, then tags) and creates what is missing; the other steps stay done.
     */
    void runAgain(Onboarding onboarding, Set<StepKind> steps, Message why) {
        requireRun(onboarding.id(), EnumSet.of(RunState.SUCCEEDED));
        engine.log(onboarding.id(), LogEntry.Level.WARN, null, why);
        begin(onboarding, steps, "provisioning.log.repairRerun");
    }

    /**
     * Peering after READY, as the customer of {@code org}: changes the peers (or the public load balancer's
     * removal) of a ready onboarding under the same rules as on submit ({@link OnboardingService#changePeering}),
     * then runs the peering steps again, and only them: a new peer is requested, watched until accepted, routed and
     * admitted; a removed one loses exactly its connection, routes and rules. Refused while a run is under way.
     */
    @Transactional
    public Onboarding changePeering(OrganizationId org, OnboardingId id, long expectedVersion,
                                    UnaryOperator<PrivateConnectivity> change) {
        currentUser.requireCustomerOf(org);
        var before = onboardings.get(org, id);
        if (!asSystem(() -> changeable(id))) {
            throw new IllegalStateException("A provisioning run of " + id + " is under way: wait for it, or cancel it,"
                    + " to change the peers");
        }
        var changed = onboardings.changePeering(org, id, expectedVersion, change);
        access.runByOwner(changed);
        // Recorded as a change request of its own, like every day-2 change: no review (ChangeKind.review), applied now.
        var request = changes.propose(before, ChangeKind.PEERS, changed.inputs());
        SystemActor.run("peering change for " + org, () -> {
            var approved = changes.move(request, ChangeState.APPROVED, false, "");
            int generation = begin(changed, StepKind.PEERING, "provisioning.log.peeringRun");
            changes.applyingIn(changes.move(approved, ChangeState.APPLYING, false, ""), generation);
        });
        return changed;
    }

    /**
     * Runs again only {@code steps} of a ready onboarding whose run is idle, for a day-2 change; answers the run's
     * generation. The system's own action, for a change its service checked.
     */
    int runChange(Onboarding onboarding, Set<StepKind> steps) {
        if (!changeable(onboarding.id())) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.BUSY, onboarding.id().toString());
        }
        // The customer's change, even when support approved it: the run acts as the owner's, not under a grant.
        access.runByOwner(onboarding);
        return begin(onboarding, steps, "provisioning.log.changeRun");
    }

    /** Whether the settings of {@code id} may change now: it is ready and its run is idle, no step still finishing. */
    boolean changeable(OnboardingId id) {
        var run = journal.run(id).map(Journal.Run::state);
        return onboardings.getForVendor(id).state() == OnboardingState.READY
                && run.filter(EnumSet.of(RunState.SUCCEEDED, RunState.FAILED, RunState.CANCELLED)::contains).isPresent()
                && journal.steps(id).stream().noneMatch(s -> s.state() == StepState.RUNNING);
    }

    /**
     * The rules' findings on the private connectivity {@code change} would give {@code id}, as its customer: what the
     * "add peer" form shows when {@link #changePeering} refused it.
     */
    public List<Finding> peeringFindings(OrganizationId org, OnboardingId id, UnaryOperator<PrivateConnectivity> change) {
        var inputs = onboardings.get(org, id).inputs().withConnectivity(change);
        return validator.validate(inputs).findings().stream().filter(f -> f.field().startsWith(InputField.CONNECTIVITY)).toList();
    }

    private RunAction retryRun(Onboarding onboarding) {
        requireNoStepStillRunning(onboarding.id());
        // After a cancelled tear down: finished steps whose resources it deleted run again.
        journal.redoStepsWithDeletedResources(onboarding.id());
        // A ready onboarding (a cancelled re-run or tear down) stays ready while its run continues.
        engine.moveOnboarding(onboarding.id(), OnboardingState.PROVISIONING);
        begin(onboarding, Set.of(), "provisioning.log.runRetried");
        return RunAction.RETRY;
    }

    private RunAction retryTearDown(OnboardingId id) {
        engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.tearDownRetried"));
        events.publishEvent(new RunKickoff.TearDownStarted(id));
        return RunAction.TEAR_DOWN;
    }

    private RunAction cancelRun(OnboardingId id, RunState run) {
        if (run == RunState.TEARING_DOWN) {
            if (journal.moveRun(id, EnumSet.of(RunState.TEARING_DOWN), RunState.CANCELLED, clock.instant())) {
                // What is left stays in the account, recorded for a later tear down; a retry makes anew what is deleted.
                long left = journal.resources(id).stream().filter(r -> r.deletedAt() == null).count();
                engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.tearDownCancelled", left));
            }
        } else if (journal.moveRun(id, EnumSet.of(RunState.RUNNING), RunState.CANCELLED, clock.instant())) {
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.cancelled"));
            engine.moveOnboarding(id, OnboardingState.FAILED);
        }
        return RunAction.CANCEL;
    }

    private RunAction beginTearDown(OnboardingId id) {
        if (journal.moveRun(id, EnumSet.of(RunState.SUCCEEDED, RunState.FAILED, RunState.CANCELLED),
                RunState.TEARING_DOWN, clock.instant())) {
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.tearingDown"));
            events.publishEvent(new RunKickoff.TearDownStarted(id));
        }
        return RunAction.TEAR_DOWN;
    }

    /** The run as the journal has it now. */
    public RunProgress progress(OnboardingId id) {
        var onboarding = asSystem(() -> onboardings.getForVendor(id));
        if (!RunActions.mayAct(currentUser.actor(), onboarding.organizationId())) {
            throw new AccessDeniedException(currentUser.actor().map(Actor::id).orElse("anonymous")
                    + " may not read provisioning runs of organization " + onboarding.organizationId());
        }
        var run = journal.run(id);
        var steps = journal.steps(id);
        if (steps.isEmpty()) {
            // Before the first run: the steps it will have, all still to come.
            var applicable = plan(onboarding).steps();
            steps = Arrays.stream(StepKind.values()).map(s -> new StepProgress(s,
                    applicable.contains(s) ? StepState.WAITING : StepState.SKIPPED, 0, null, null, null, Optional.empty())).toList();
        }
        return new RunProgress(id, onboarding.organizationId(), onboarding.state(), onboarding.inputs().region(),
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

    /**
     * Records the new run generation in the caller's transaction; its first steps are enqueued once that
     * committed, through the event publication registry ({@link RunKickoff}), so a crash in between leaves a
     * publication to resubmit rather than a run that never moves.
     */
    private int begin(Onboarding onboarding, Set<StepKind> redo, String logKey) {
        int generation = journal.startRun(onboarding.id(), onboarding.inputs().network().mode(), plan(onboarding).steps(),
                redo, clock.instant());
        engine.log(onboarding.id(), LogEntry.Level.INFO, null, Message.of(logKey, generation));
        events.publishEvent(new RunKickoff.RunStarted(onboarding.id(), generation));
        return generation;
    }

    /** Reads of the onboarding module made on behalf of a caller this service checks itself. */
    private static <T> T asSystem(Supplier<T> read) {
        return SystemActor.call("provisioning", read);
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
