package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProblem;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.exception.SdkException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Offboarding, the customer's one flow out: everything we created is torn down (the run's tear down), the
 * customer deletes the bootstrap role the way they created it, and "Verify offboarding" confirms that the role can
 * no longer be assumed and that nothing tagged with the onboarding is left; the onboarding is then OFFBOARDED, and
 * the report says what was deleted, when and for whom. Anything tagged can only be seen through the role, so the
 * app looks when the tear down ends and at every verification while the role still works.
 */
@Service
public class OffboardingService {

    private static final Logger LOG = LoggerFactory.getLogger(OffboardingService.class);
    private static final Set<OnboardingState> OFFBOARDABLE = EnumSet.of(OnboardingState.READY, OnboardingState.FAILED,
            OnboardingState.TORN_DOWN);
    /** Kinds a tear down takes nothing from: a host name is an output, the customer's template owns its roles. */
    private static final Set<ResourceType> NOTHING_DELETED = EnumSet.of(ResourceType.HOST_NAME,
            ResourceType.CUSTOMER_IAM_ROLE);

    private final OnboardingService onboardings;
    private final ProvisioningService provisioning;
    private final Journal journal;
    private final OffboardingStore store;
    private final AwsClients aws;
    private final RunEngine engine;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OffboardingService(OnboardingService onboardings, ProvisioningService provisioning, Journal journal,
                       OffboardingStore store, AwsClients aws, RunEngine engine, CurrentUser currentUser, Clock clock,
                       TransactionTemplate transaction) {
        this.transaction = transaction;
        this.onboardings = onboardings;
        this.provisioning = provisioning;
        this.journal = journal;
        this.store = store;
        this.aws = aws;
        this.engine = engine;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The offboarding of {@code id}, once its customer asked for it. */
    public Optional<OffboardingStatus> status(OnboardingId id) {
        readable(id);
        return store.find(id);
    }

    /** Whether the current caller may start offboarding {@code id} now: its customer, no run under way, not asked yet. */
    public boolean offboardable(OnboardingId id) {
        var onboarding = onboarding(id);
        var run = journal.run(id).map(Journal.Run::state);
        return currentUser.actor().filter(a -> a.customerOf(onboarding.organizationId())).isPresent()
                && OFFBOARDABLE.contains(onboarding.state()) && store.find(id).isEmpty()
                && run.filter(EnumSet.of(RunState.RUNNING, RunState.TEARING_DOWN)::contains).isEmpty();
    }

    /**
     * What the tear down will delete: the live resources of the journal, by kind and name as the customer reads
     * them (creation order differs from run to run where calls went out together).
     */
    public List<RecordedResource> toDelete(OnboardingId id) {
        readable(id);
        return journal.resources(id).stream().filter(r -> r.deletedAt() == null && !NOTHING_DELETED.contains(r.type()))
                .sorted(java.util.Comparator.comparing(RecordedResource::type)
                        .thenComparing(RecordedResource::logicalName))
                .toList();
    }

    /**
     * Starts offboarding, as the onboarding's customer: records who asked, then tears down everything the run
     * created (nothing to tear down: the onboarding is torn down at once).
     *
     * @throws IllegalStateException a run is under way, the onboarding is not ready, failed or torn down, or
     *                               offboarding was asked for already
     */
    @Transactional
    public void start(OnboardingId id) {
        var onboarding = onboarding(id);
        var caller = currentUser.requireCustomerOf(onboarding.organizationId());
        if (!offboardable(id)) {
            throw new IllegalStateException("Onboarding " + id + " is " + onboarding.state() + " with its run "
                    + journal.run(id).map(Journal.Run::state).orElse(null) + ": offboarding needs a ready, failed or torn"
                    + " down onboarding with no run under way, not offboarded yet");
        }
        store.requested(id, caller.id(), clock.instant());
        engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.offboardingStarted", caller.id()));
        var run = journal.run(id).map(Journal.Run::state);
        if (run.filter(r -> r != RunState.TORN_DOWN).isPresent()) {
            provisioning.tearDown(id);
        } else if (onboarding.state() != OnboardingState.TORN_DOWN) {
            SystemActor.run("offboarding for " + caller.id(), () -> onboardings.moveTo(id, OnboardingState.TORN_DOWN));
        }
    }

    /**
     * "Verify offboarding": may the app still assume the bootstrap role (AWS refuses once the customer deleted it)?
     * While it can, it also looks for anything still tagged. Passes when the role is refused and the last look found
     * nothing; the onboarding is then OFFBOARDED.
     *
     * @throws IllegalStateException the tear down has not finished, or offboarding was not asked for
     */
    public OffboardingStatus verify(OnboardingId id) {
        var onboarding = onboarding(id);
        var caller = readable(id);
        var asked = store.find(id);
        if (asked.isEmpty() || onboarding.state() != OnboardingState.TORN_DOWN) {
            throw new IllegalStateException("Onboarding " + id + " is " + onboarding.state()
                    + (asked.isEmpty() ? ", and offboarding was not asked for" : ": its tear down has not finished"));
        }
        boolean assumable = assumable(onboarding);
        if (assumable) {
            sweep(onboarding);
        }
        var now = clock.instant();
        store.checked(id, caller, assumable, now);
        var status = store.find(id).orElseThrow();
        if (!status.passes()) {
            engine.log(id, LogEntry.Level.WARN, null, Message.of("provisioning.log.offboardingNotYet", caller));
            status.problems().forEach(problem -> engine.log(id, LogEntry.Level.WARN, null, problem));
            return status;
        }
        // The AWS calls are done; completed and OFFBOARDED are recorded together, or neither.
        transaction.executeWithoutResult(tx -> {
            store.completed(id, now);
            SystemActor.run("offboarding for " + caller, () -> onboardings.moveTo(id, OnboardingState.OFFBOARDED));
            engine.log(id, LogEntry.Level.INFO, null, Message.of("provisioning.log.offboardingVerified", caller));
        });
        return store.find(id).orElseThrow();
    }

    /** The report of a completed offboarding: what was deleted, when, for whom, and what the verification saw. */
    public OffboardingReport report(OnboardingId id) {
        var status = status(id).filter(OffboardingStatus::completed)
                .orElseThrow(() -> new IllegalStateException("Onboarding " + id + " is not offboarded yet"));
        var onboarding = onboarding(id);
        var deleted = journal.resources(id).stream()
                .filter(r -> r.deletedAt() != null && !NOTHING_DELETED.contains(r.type())).toList();
        return new OffboardingReport(id, onboarding.inputs().account().accountId(), onboarding.inputs().region(),
                onboarding.inputs().bootstrapRole().roleArn(), status, deleted);
    }

    /** The tear down of an onboarding being offboarded has ended: look for anything tagged while the role works. */
    @ApplicationModuleListener
    void on(OnboardingEvents.StateChanged changed) {
        if (changed.to() != OnboardingState.TORN_DOWN || store.find(changed.id()).isEmpty()) {
            return;
        }
        SystemActor.run("offboarding", () -> {
            try {
                sweep(onboarding(changed.id()));
            } catch (SdkException e) {
                // Verification looks again while the role works; it says so when it never could.
                LOG.warn("Could not look for resources left tagged with onboarding {}: {}", changed.id(), e.getMessage());
            }
        });
    }

    /** Everything still tagged with the onboarding, and every recorded resource of ours still found, recorded. */
    private void sweep(Onboarding onboarding) {
        var remaining = new ArrayList<String>();
        try (CustomerAccount account = aws.customer(Preflight.roleOf(onboarding), onboarding.inputs().region())) {
            AccountLook.tagged(account, onboarding.id()).forEach(t -> remaining.add(t.type() + " " + t.resourceId()));
            // Buckets, roles, the cluster and the zone carry no EC2 tag: each is looked up by what the journal recorded.
            journal.resources(onboarding.id()).stream()
                    .filter(r -> !NOTHING_DELETED.contains(r.type()) && r.type() != ResourceType.TAGS)
                    .filter(r -> remaining.stream().noneMatch(line -> line.endsWith(" " + r.resourceId())))
                    .filter(r -> AccountLook.look(account, r) instanceof Drift.Found)
                    .forEach(r -> remaining.add(r.type() + " " + r.resourceId()));
        }
        store.swept(onboarding.id(), remaining, clock.instant());
    }

    /** AWS refuses AssumeRole (AccessDenied) once the role is deleted; throttling or an outage is no answer. */
    private boolean assumable(Onboarding onboarding) {
        var role = Preflight.roleOf(onboarding);
        if (role.roleArn().isBlank()) {
            return false;
        }
        try {
            aws.vendorSts(onboarding.inputs().region()).assumeRole(aws.assumeRoleRequest(role));
            return true;
        } catch (SdkException e) {
            var problem = AwsProblem.of(e, role.roleArn());
            if (problem.retryable() || !problem.awsCode().startsWith("AccessDenied")) {
                throw e;
            }
            return false;
        }
    }

    private Onboarding onboarding(OnboardingId id) {
        return SystemActor.call("provisioning", () -> onboardings.getForVendor(id));
    }

    /** The caller's ID, once checked that they are support or a customer of the onboarding's organization. */
    private String readable(OnboardingId id) {
        var caller = currentUser.require();
        var onboarding = onboarding(id);
        if (!RunActions.mayAct(Optional.of(caller), onboarding.organizationId())) {
            throw new AccessDeniedException(caller.id() + " may not see onboardings of organization "
                    + onboarding.organizationId());
        }
        return caller.id();
    }
}
