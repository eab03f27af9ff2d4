package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProblem;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.OnboardingValidator;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Executes the step graph. Each step is its own durable job; when a step is done, the steps whose
 * dependencies are now all settled are enqueued under job IDs derived from (onboarding, step, generation),
 * so enqueuing twice (two nodes, or a job re-run after a crash) still runs a step once per generation.
 */
@Component
class RunEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(5);

    private final Journal journal;
    private final OnboardingService onboardings;
    private final ProvisioningProperties properties;
    private final JobScheduler jobs;
    private final Clock clock;
    private final Planner planner;
    private final Preflight preflight;
    private final RunMetrics metrics;
    private final ObjectProvider<BackgroundJobServer> jobServer;
    private final ChangeLedger changes;
    private final Map<OnboardingId, Session> sessions = new ConcurrentHashMap<>();
    private final SupportAccess access;

    RunEngine(Journal journal, OnboardingService onboardings, AwsClients aws, ProvisioningProperties properties,
              JobScheduler jobs, Clock clock, OnboardingValidator validator, RunMetrics metrics,
              ObjectProvider<BackgroundJobServer> jobServer, SupportAccess access, ChangeLedger changes) {
        this.access = access;
        this.jobServer = jobServer;
        this.changes = changes;
        this.journal = journal;
        this.metrics = metrics;
        this.onboardings = onboardings;
        this.properties = properties;
        this.jobs = jobs;
        this.clock = clock;
        this.planner = new Planner(properties);
        this.preflight = new Preflight(aws, properties, validator);
    }

    Planner planner() {
        return planner;
    }

    Preflight preflight() {
        return preflight;
    }

    /** Runs one step (the body of its job); a transient AWS failure schedules the step's next try, logged with its time. */
    void execute(OnboardingId id, StepKind step, int generation) {
        if (!current(id, generation)) {
            return;
        }
        var state = journal.steps(id).stream().filter(s -> s.step() == step).findFirst().orElseThrow();
        if (state.state().settled()) {
            advance(id, generation);
            return;
        }
        if (state.state() == StepState.FAILED
                || !journal.moveStep(id, step, EnumSet.of(StepState.WAITING, StepState.QUEUED, StepState.RUNNING,
                StepState.WAITING_FOR_YOU), StepState.RUNNING, clock.instant())) {
            return;
        }
        try {
            int attempt = state.attempts() + 1;
            log(id, LogEntry.Level.INFO, step, Message.of("provisioning.log.stepStarted", attempt));
            var session = session(id, generation);
            Onboarding onboarding = session.onboarding();
            try {
                var context = new StepContext(onboarding, planner.plan(onboarding, journal.resources(id)),
                        session.account(), step, generation, attempt, properties, journal, clock);
                perform(context);
            } catch (StepFailure failure) {
                fail(id, step, failure.reason(), failure.fix());
                return;
            } catch (AwaitingCustomer waiting) {
                awaitCustomer(id, step, generation, attempt, waiting.reason());
                return;
            } catch (SdkException e) {
                if (e instanceof AbortedException || Thread.currentThread().isInterrupted()) {
                    // The node is stopping and interrupted the call: nothing is known about AWS's answer. The step
                    // stays running, and the job engine runs it again (on this node after a restart, or another).
                    throw e;
                }
                var problem = AwsProblem.of(e, onboarding.inputs().bootstrapRole().roleArn());
                if (problem.retryable() && attempt < properties.stepAttempts()) {
                    // Scheduled here rather than left to the job engine's retry, so that the log can say when.
                    var delay = retryDelay(attempt);
                    metrics.stepRetried(step);
                    log(id, LogEntry.Level.WARN, step, Message.of("provisioning.log.retrying", attempt,
                            properties.stepAttempts(), code(problem), problem.awsMessage(), delay.toMillis() / 1000.0));
                    UUID onboardingId = id.value();
                    String stepId = step.id();
                    jobs.<StepJobs>schedule(UUID.nameUUIDFromBytes((onboardingId + "/" + stepId + "/" + generation
                            + "/retry/" + attempt).getBytes()), clock.instant().plus(delay),
                            j -> j.runStep(onboardingId, stepId, generation));
                    return;
                }
                fail(id, step, new Message(problem.messageKey(), problem.args()), Optional.empty());
                return;
            }
            journal.moveStep(id, step, EnumSet.of(StepState.RUNNING), StepState.DONE, clock.instant());
            log(id, LogEntry.Level.INFO, step, Message.of("provisioning.log.stepDone"));
            advance(id, generation);
        } catch (AccessGrantRequiredException e) {
            // Support's run, and its grant ended: before the step (the session) or during it (a renewed session).
            fail(id, step, grantEnded(e), Optional.empty());
        } finally {
            releaseSessionIfIdle(id, generation);
        }
    }

    /** The work of each step; a switch expression, so a step added to {@link StepKind} cannot silently do nothing. */
    private void perform(StepContext c) {
        Runnable work = switch (c.step) {
            case PREFLIGHT -> () -> {
                var report = preflight.run(c.onboarding, c.plan, c.aws, properties.rolePropagationWait(), c::log);
                report.checks().forEach(r -> c.log(Message.of("provisioning.log.check", r.check(), r.status().name())));
                if (!report.passed()) {
                    throw c.failedChecks(report.failures());
                }
            };
            case VERIFY_NETWORK -> () -> NetworkSteps.verifyAndTagExisting(c, preflight.existingNetwork(c.aws, c.onboarding));
            case VPC -> () -> NetworkSteps.vpc(c);
            case SUBNETS -> () -> NetworkSteps.subnets(c);
            case INTERNET_GATEWAY -> () -> NetworkSteps.internetGateway(c);
            case NAT_GATEWAY -> () -> NetworkSteps.natGateways(c);
            case ROUTE_TABLES -> () -> NetworkSteps.routeTables(c);
            case S3_ENDPOINT -> () -> NetworkSteps.s3Endpoint(c);
            case DATA_BUCKET -> () -> PlatformSteps.dataBucket(c);
            case CONTROLLER_ROLES -> () -> PlatformSteps.controllerRoles(c);
            case VERIFY_CONTROLLER_ROLES -> () -> PlatformSteps.verifyControllerRoles(c);
            case EKS_CLUSTER -> () -> PlatformSteps.eksCluster(c);
            case NODE_GROUP -> () -> PlatformSteps.nodeGroup(c);
            case HOSTED_ZONE -> () -> PlatformSteps.hostedZone(c);
            case ENDPOINTS -> () -> PlatformSteps.endpoints(c);
            case PUBLIC_ACCESS -> () -> SettingsSteps.publicAccess(c);
            case MAINTENANCE_WINDOW -> () -> SettingsSteps.maintenanceWindow(c);
            case PEERS_REMOVED -> () -> PeeringSteps.removeDropped(c);
            case PEERING_REQUEST -> () -> PeeringSteps.request(c);
            case PEERING_ACCEPTANCE -> () -> PeeringSteps.acceptance(c);
            case PEERING_ROUTES -> () -> PeeringSteps.routes(c);
            case PEERING_SECURITY_GROUP -> () -> PeeringSteps.securityGroup(c);
        };
        work.run();
    }

    /** Enqueues every step that may start now, or finishes the run when none is left. */
    void advance(OnboardingId id, int generation) {
        if (!current(id, generation)) {
            return;
        }
        List<StepProgress> steps = journal.steps(id);
        Map<StepKind, StepState> states = steps.stream().collect(Collectors.toMap(StepProgress::step, StepProgress::state));
        if (states.values().stream().allMatch(StepState::settled)) {
            endSession(id);
            if (journal.moveRun(id, EnumSet.of(RunState.RUNNING), RunState.SUCCEEDED, clock.instant())) {
                log(id, LogEntry.Level.INFO, null, Message.of("provisioning.log.runSucceeded"));
                moveOnboarding(id, OnboardingState.READY);
                changes.runEnded(id, true);
            }
            return;
        }
        for (StepProgress s : steps) {
            boolean ready = s.step().dependsOn().stream().allMatch(d -> states.get(d).settled());
            if (ready && (s.state() == StepState.WAITING || s.state() == StepState.QUEUED)) {
                journal.moveStep(id, s.step(), EnumSet.of(StepState.WAITING), StepState.QUEUED, clock.instant());
                enqueue(id, s.step(), generation);
            }
        }
    }

    private void enqueue(OnboardingId id, StepKind step, int generation) {
        UUID onboarding = id.value();
        String stepId = step.id();
        UUID jobId = UUID.nameUUIDFromBytes((onboarding + "/" + stepId + "/" + generation).getBytes());
        jobs.<StepJobs>enqueue(jobId, j -> j.runStep(onboarding, stepId, generation));
        // JobRunr looks for enqueued work when a worker of this node becomes idle, else only at its next poll (5 s):
        // a run's first step, enqueued by a web request, would wait for it. Occupied-then-idle makes it look now.
        jobServer.ifAvailable(server -> {
            server.getJobSteward().notifyThreadOccupied();
            server.getJobSteward().notifyThreadIdle();
        });
    }

    /**
     * The run's clients in the customer's account and its onboarding, read once per run generation on this node: one
     * assumed-role session for all its steps (the SDK assumes the role again before the credentials expire), instead
     * of an AssumeRole and a read of the onboarding per step. A run's inputs cannot change while it runs; a new
     * generation (a retry, a re-run after a change) reads them afresh. Support's run goes on only while support's
     * grant holds: checked before every step, and once it has ended the kept session is dropped and the step refused.
     *
     * @throws AccessGrantRequiredException the grant of the support run has ended
     */
    private Session session(OnboardingId onboardingId, int generation) {
        var session = sessions.compute(onboardingId, (id, current) -> {
            if (current != null && current.generation() == generation) {
                return current;
            }
            if (current != null) {
                current.account().close();
            }
            Onboarding onboarding = onboardings.getForVendor(id);
            return new Session(generation, onboarding, access.forRun(onboarding));
        });
        var supportRun = access.supportRun(session.onboarding());
        if (supportRun.isPresent()) {
            try {
                access.requireRunGrant(session.onboarding(), supportRun.get());
            } catch (AccessGrantRequiredException e) {
                endSession(onboardingId);
                throw e;
            }
        }
        return session;
    }

    private void endSession(OnboardingId id) {
        var session = sessions.remove(id);
        if (session != null) {
            session.account().close();
        }
    }

    private record Session(int generation, Onboarding onboarding, CustomerAccount account) {
    }

    /**
     * Parks the step until the customer acts, and looks again after {@code peeringAcceptancePoll}: the first time
     * with a log line, later quietly (the step's state already says what it waits for).
     */
    private void awaitCustomer(OnboardingId id, StepKind step, int generation, int attempt, Message reason) {
        journal.awaitCustomer(id, step, reason);
        if (attempt == 1) {
            log(id, LogEntry.Level.INFO, step, reason);
        }
        UUID onboarding = id.value();
        String stepId = step.id();
        UUID jobId = UUID.nameUUIDFromBytes((onboarding + "/" + stepId + "/" + generation + "/" + attempt).getBytes());
        jobs.<StepJobs>schedule(jobId, clock.instant().plus(properties.peeringAcceptancePoll()),
                j -> j.runStep(onboarding, stepId, generation));
    }

    void fail(OnboardingId id, StepKind step, Message reason, Optional<Fix> fix) {
        journal.failStep(id, step, reason, fix, clock.instant());
        log(id, LogEntry.Level.ERROR, step, reason);
        if (journal.moveRun(id, EnumSet.of(RunState.RUNNING), RunState.FAILED, clock.instant())) {
            log(id, LogEntry.Level.ERROR, null, Message.of("provisioning.log.runFailed"));
            moveOnboarding(id, OnboardingState.FAILED);
            changes.runEnded(id, false);
        }
    }

    /**
     * Deletes everything the journal recorded, newest first (the body of the tear-down job, try {@code attempt}).
     * Each deletion is logged before it starts (some wait minutes for AWS), and each failure with what failed, the
     * AWS error and when the next try is; once the tries are used up the tear down waits, saying so, for Retry or
     * Cancel: it never stops in silence.
     */
    void tearDown(OnboardingId id, int attempt) {
        if (!stillTearingDown(id)) {
            return;
        }
        Onboarding onboarding = onboardings.getForVendor(id);
        var waiter = StepContext.waiter(properties);
        RecordedResource deleting = null;
        try (CustomerAccount account = access.forRun(onboarding)) {
            for (RecordedResource r : journal.resources(id).reversed()) {
                if (!stillTearingDown(id)) {
                    return; // cancelled: what is left stays, as the cancel said
                }
                if (r.deletedAt() == null) {
                    deleting = r;
                    log(id, LogEntry.Level.INFO, r.step(), Message.of("provisioning.log.deleting", r.type().name(),
                            r.resourceId()));
                    Teardown.delete(account, r, waiter);
                    journal.markDeleted(id, r.logicalName(), clock.instant());
                    log(id, LogEntry.Level.INFO, r.step(), Message.of("provisioning.log.deleted", r.type().name(),
                            r.resourceId()));
                }
            }
        } catch (SdkException e) {
            var problem = AwsProblem.of(e, onboarding.inputs().bootstrapRole().roleArn());
            String what = deleting == null ? onboarding.inputs().bootstrapRole().roleArn() : deleting.type().name() + " " + deleting.resourceId();
            StepKind step = deleting == null ? null : deleting.step();
            if (problem.retryable() && attempt < properties.stepAttempts()) {
                var delay = retryDelay(attempt);
                log(id, LogEntry.Level.WARN, step, Message.of("provisioning.log.tearDownRetrying", what, attempt,
                        properties.stepAttempts(), code(problem), problem.awsMessage(), delay.toMillis() / 1000.0));
                scheduleTearDown(id, attempt + 1, delay);
                return;
            }
            long left = journal.resources(id).stream().filter(r -> r.deletedAt() == null).count();
            log(id, LogEntry.Level.ERROR, step, new Message(problem.messageKey(), problem.args()));
            log(id, LogEntry.Level.ERROR, step, Message.of("provisioning.log.tearDownStalled", what, attempt,
                    code(problem), problem.awsMessage(), left));
            return;
        } catch (AccessGrantRequiredException e) {
            // Support's tear down stops where its grant ended; what is left waits for Retry or Cancel.
            log(id, LogEntry.Level.ERROR, deleting == null ? null : deleting.step(), grantEnded(e));
            return;
        }
        if (journal.moveRun(id, EnumSet.of(RunState.TEARING_DOWN), RunState.TORN_DOWN, clock.instant())) {
            log(id, LogEntry.Level.INFO, null, Message.of("provisioning.log.tornDown"));
            moveOnboarding(id, OnboardingState.TORN_DOWN);
        }
    }

    private static Message grantEnded(AccessGrantRequiredException e) {
        return Message.of("provisioning.log.grantEnded", e.action(), e.needed());
    }

    /** Starts a tear down's tries now ({@code attempt} 1) or schedules its next try. */
    void enqueueTearDown(OnboardingId id, int attempt) {
        scheduleTearDown(id, attempt, Duration.ZERO);
    }

    private void scheduleTearDown(OnboardingId id, int attempt, Duration delay) {
        UUID onboarding = id.value();
        jobs.<StepJobs>schedule(clock.instant().plus(delay), j -> j.tearDown(onboarding, attempt));
    }

    /**
     * Pause before try {@code attempt} + 1 of something AWS refused for now (throttling, 5xx, unreachable):
     * the waiter's poll, doubled each time, at most {@link #MAX_RETRY_DELAY}.
     */
    private Duration retryDelay(int attempt) {
        var delay = properties.waiterPoll().multipliedBy(1L << Math.min(attempt - 1, 16));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    /** The AWS error code, or what stands for it when AWS did not answer (unreachable). */
    private static String code(AwsProblem problem) {
        return problem.awsCode().isEmpty() ? "-" : problem.awsCode();
    }

    void log(OnboardingId id, LogEntry.Level level, StepKind step, Message message) {
        journal.log(id, level, step, message, clock.instant());
    }

    /** Follows the run in the onboarding's life cycle, unless it is there already (a re-run of a ready onboarding). */
    void moveOnboarding(OnboardingId id, OnboardingState target) {
        var current = onboardings.getForVendor(id).state();
        if (current != target && current.canMoveTo(target)) {
            onboardings.moveTo(id, target);
        } else if (current != target) {
            LOG.warn("Onboarding {} is {}, not moving it to {}", id, current, target);
        }
    }

    private boolean stillTearingDown(OnboardingId id) {
        return journal.run(id).filter(r -> r.state() == RunState.TEARING_DOWN).isPresent();
    }

    private boolean current(OnboardingId id, int generation) {
        return journal.run(id).filter(r -> r.generation() == generation && r.state() == RunState.RUNNING).isPresent();
    }

    /**
     * Closes the run's session once the run has stopped (failed, cancelled, superseded) and none of its steps is
     * still making calls with it; a run that goes on keeps it, and a new generation replaces it.
     */
    private void releaseSessionIfIdle(OnboardingId id, int generation) {
        if (!current(id, generation) && journal.steps(id).stream().noneMatch(s -> s.state() == StepState.RUNNING)) {
            endSession(id);
        }
    }
}
