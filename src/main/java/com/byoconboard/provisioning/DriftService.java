package com.byoconboard.provisioning;

import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AccessGrant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drift check of a ready onboarding ("Verify"): what the journal says exists, compared with the customer's
 * account read through the bootstrap role; and Repair, which runs again only the steps that make what is missing.
 * Open to support and to the onboarding's own customers, as the run's actions are; support needs the customer's
 * grant ({@link AccountAction#VERIFY}, {@link AccountAction#REPAIR}) and reads through its limited session.
 */
@Service
public class DriftService {

    private final OnboardingService onboardings;
    private final Journal journal;
    private final RunEngine engine;
    private final ProvisioningService provisioning;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SupportAccess access;

    DriftService(OnboardingService onboardings, Journal journal, RunEngine engine,
                 ProvisioningService provisioning, CurrentUser currentUser, Clock clock, TransactionTemplate transaction,
                 SupportAccess access) {
        this.transaction = transaction;
        this.access = access;
        this.onboardings = onboardings;
        this.journal = journal;
        this.engine = engine;
        this.provisioning = provisioning;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether a drift check can run now: the onboarding is ready and no run is under way. */
    public boolean checkable(OnboardingId id) {
        return SystemActor.call("provisioning", () -> onboardings.getForVendor(id)).state() == OnboardingState.READY
                && journal.run(id).filter(r -> r.state() == RunState.SUCCEEDED).isPresent();
    }

    /**
     * Compares every live resource in the journal with the account, and lists what carries the onboarding's tag
     * without being in the journal. Logged in the run's log with who asked.
     *
     * @throws IllegalStateException the onboarding is not ready, or a run is under way
     * @throws com.byoconboard.support.AccessGrantRequiredException support without the customer's grant
     */
    public DriftReport verify(OnboardingId id) {
        var caller = currentUser.require();
        var onboarding = authorized(id, caller);
        var grant = access.require(caller, onboarding, AccountAction.VERIFY);
        requireCheckable(onboarding);
        var report = check(onboarding, caller, grant, AccountAction.VERIFY);
        access.acted(grant, AccountAction.VERIFY);
        engine.log(id, report.clean() ? LogEntry.Level.INFO : LogEntry.Level.WARN, null,
                Message.of("provisioning.log.driftChecked", currentUser.require().id(), missing(report),
                        count(report, DriftFinding.Changed.class), count(report, DriftFinding.Extra.class)));
        return report;
    }

    /**
     * Checks again, then forgets in the journal the missing resources we own and runs again only the steps that
     * make them: each finds what is still there and creates what is not, so nothing is duplicated. Answers the
     * check it acted on; with nothing to repair, nothing runs.
     */
    public DriftReport repair(OnboardingId id) {
        var caller = currentUser.require();
        var onboarding = authorized(id, caller);
        var grant = access.require(caller, onboarding, AccountAction.REPAIR);
        requireCheckable(onboarding);
        var report = check(onboarding, caller, grant, AccountAction.REPAIR);
        access.acted(grant, AccountAction.REPAIR);
        var steps = report.repairSteps();
        if (steps.isEmpty()) {
            return report;
        }
        var now = clock.instant();
        var why = Message.of("provisioning.log.repairRun", currentUser.require().id(), missing(report));
        // The AWS reads are done; what the journal forgets and the run that makes it again are recorded together.
        transaction.executeWithoutResult(tx -> {
            report.findings().stream().filter(f -> f instanceof DriftFinding.Missing m && m.repairable())
                    .forEach(f -> journal.resources(id).stream()
                            .filter(r -> r.deletedAt() == null && r.resourceId().equals(f.resourceId())
                                    && r.logicalName().equals(f.logicalName()))
                            .forEach(r -> journal.markDeleted(id, r.logicalName(), now)));
            access.runBy(caller, onboarding, grant, AccountAction.REPAIR);
            provisioning.runAgain(onboarding, steps, why);
        });
        return report;
    }

    private DriftReport check(Onboarding onboarding, Actor caller, Optional<AccessGrant> grant, AccountAction action) {
        var live = journal.resources(onboarding.id()).stream().filter(r -> r.deletedAt() == null).toList();
        Map<String, String> cidrs = plannedCidrs(provisioning.plan(onboarding).network());
        try (CustomerAccount account = access.open(caller, onboarding, grant, action)) {
            // One look-up per resource, all at once: a check of a whole deployment takes one round trip, not forty.
            var observed = new ConcurrentHashMap<Long, Drift.Observed>();
            StepContext.inParallel(live, r -> observed.put(r.seq(), AccountLook.look(account, r)));
            List<Drift.Looked> looked = live.stream().map(r -> new Drift.Looked(r, observed.get(r.seq()))).toList();
            return Drift.compare(clock.instant(), looked, AccountLook.tagged(account, onboarding.id()),
                    onboarding.id().toString(), name -> Optional.ofNullable(cidrs.get(name)), onboarding.inputs().region());
        }
    }

    /** The CIDR the network plan gives the VPC and each subnet, by logical name. */
    private static Map<String, String> plannedCidrs(Optional<NetworkPlan> network) {
        var cidrs = new HashMap<String, String>();
        network.ifPresent(plan -> {
            cidrs.put(NetworkPlan.VPC, plan.vpcCidr());
            plan.zones().forEach(z -> {
                cidrs.put(z.privateSubnet(), z.privateCidr());
                cidrs.put(z.publicSubnet(), z.publicCidr());
            });
        });
        return cidrs;
    }

    private Onboarding authorized(OnboardingId id, Actor caller) {
        var onboarding = SystemActor.call("provisioning", () -> onboardings.getForVendor(id));
        if (!RunActions.mayAct(Optional.of(caller), onboarding.organizationId())) {
            throw new AccessDeniedException(caller.id() + " may not check onboardings of organization "
                    + onboarding.organizationId());
        }
        return onboarding;
    }

    /** After who may, what the onboarding allows: support without a grant learns first that it needs one. */
    private void requireCheckable(Onboarding onboarding) {
        if (!checkable(onboarding.id())) {
            throw new IllegalStateException("Onboarding " + onboarding.id() + " is " + onboarding.state()
                    + ": a drift check needs a ready onboarding with no run under way");
        }
    }

    private static long missing(DriftReport report) {
        return count(report, DriftFinding.Missing.class);
    }

    private static long count(DriftReport report, Class<? extends DriftFinding> kind) {
        return report.findings().stream().filter(kind::isInstance).count();
    }
}
