package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.AccountCheckRefusedException;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeRefusedException;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.OnboardingValidator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Day-2 changes of a ready onboarding: the customer proposes one (the allow-list, the maintenance window, the
 * subnets of an existing VPC; peers come through {@link ProvisioningService#changePeering}), checked by the wizard's
 * rules and, for subnets, by pre-flight in the account; support reviews what {@link ChangeKind#review} gives it;
 * an approved change is written to the inputs and applied by a run of only the steps it concerns
 * ({@link StepKind#applying}). The region and the VPC CIDR never change ({@link ChangeKind#of} refuses them).
 */
@Service
public class ChangeService {

    private final OnboardingService onboardings;
    private final ProvisioningService provisioning;
    private final AccountCheck accountCheck;
    private final OnboardingValidator validator;
    private final ChangeLedger ledger;
    private final ChangeStore store;
    private final CurrentUser currentUser;

    ChangeService(OnboardingService onboardings, ProvisioningService provisioning, AccountCheck accountCheck,
                  OnboardingValidator validator, ChangeLedger ledger, ChangeStore store, CurrentUser currentUser) {
        this.onboardings = onboardings;
        this.provisioning = provisioning;
        this.accountCheck = accountCheck;
        this.validator = validator;
        this.ledger = ledger;
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Thrown when pre-flight in the customer's account fails for the proposed subnets: which checks, and why. */
    public static class PreflightRefusedException extends AccountCheckRefusedException {

        private final transient List<CheckResult> failures;

        PreflightRefusedException(List<CheckResult> failures) {
            super(failures.stream().map(CheckResult::check).toList());
            this.failures = List.copyOf(failures);
        }

        public List<CheckResult> failures() {
            return failures;
        }
    }

    /**
     * Proposes {@code edit} of a ready onboarding of {@code org} as its customer: applied at once where nobody
     * reviews its kind, else left PROPOSED for support.
     *
     * @throws ChangeRefusedException                                  not a change that can be made now (region, CIDR, busy)
     * @throws com.byoconboard.onboarding.SubmissionRefusedException   rules report an error
     * @throws PreflightRefusedException                               pre-flight fails for new subnets
     */
    @Transactional
    public ChangeRequest propose(OrganizationId org, OnboardingId id, UnaryOperator<OnboardingInputs> edit) {
        var proposal = onboardings.proposeChange(org, id, edit);
        if (!asSystem(() -> provisioning.changeable(id))) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.BUSY, id.toString());
        }
        if (proposal.kind() == ChangeKind.SUBNETS) {
            var o = proposal.onboarding();
            var report = asSystem(() -> accountCheck.run(new Onboarding(o.id(), o.organizationId(), o.state(),
                    proposal.inputs(), o.externalId(), o.revision(), o.version(), o.createdAt(), o.updatedAt())).report());
            if (!report.passed()) {
                throw new PreflightRefusedException(report.failures());
            }
        }
        var request = ledger.propose(proposal.onboarding(), proposal.kind(), proposal.inputs());
        if (proposal.kind().review() == ChangeKind.Review.NONE) {
            return asSystem(() -> apply(ledger.move(request, ChangeState.APPROVED, false, "")));
        }
        return request;
    }

    /** The rules' errors on {@code edit} of {@code id}: what the editor shows when {@link #propose} was refused. */
    public List<Finding> findings(OrganizationId org, OnboardingId id, UnaryOperator<OnboardingInputs> edit) {
        var inputs = edit.apply(onboardings.get(org, id).inputs());
        return validator.validate(inputs).findings().stream().filter(Finding::isError).toList();
    }

    /** Support approves a change its kind gives it to review; it is applied now. */
    @Transactional
    public ChangeRequest approve(OnboardingId id, UUID changeId) {
        currentUser.requireVendor();
        var request = reviewable(id, changeId);
        if (!provisioning.changeable(id)) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.BUSY, id.toString());
        }
        var approved = ledger.move(request, ChangeState.APPROVED, true, "");
        return SystemActor.call("change approved by " + currentUser.require().id(), () -> apply(approved));
    }

    /** Support refuses it, saying why ({@code comment}, which the customer reads); nothing is changed. */
    @Transactional
    public ChangeRequest refuse(OnboardingId id, UUID changeId, String comment) {
        currentUser.requireVendor();
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say why the change is refused: the customer reads it");
        }
        return ledger.move(reviewable(id, changeId), ChangeState.REFUSED, true, comment.strip());
    }

    /** The customer takes back a change that is not applied yet. */
    @Transactional
    public ChangeRequest withdraw(OrganizationId org, OnboardingId id, UUID changeId) {
        currentUser.requireCustomerOf(org);
        onboardings.get(org, id);
        return ledger.move(get(id, changeId), ChangeState.WITHDRAWN, true, "");
    }

    /** What a caller may do to a change request: the customer withdraws, support decides what it reviews. */
    public enum Action { WITHDRAW, APPROVE, REFUSE }

    /** The actions {@code viewer} may take on {@code request} now; the views show these and no others. */
    public Set<Action> allowedFor(Optional<Actor> viewer, ChangeRequest request) {
        var actions = EnumSet.noneOf(Action.class);
        viewer.ifPresent(actor -> {
            if (actor.vendor() && request.awaitsReview()) {
                actions.add(Action.APPROVE);
                actions.add(Action.REFUSE);
            }
            if (actor.customerOf(request.organizationId()) && request.state().canMoveTo(ChangeState.WITHDRAWN)) {
                actions.add(Action.WITHDRAW);
            }
        });
        return actions;
    }

    /** The onboarding's change requests, newest first: its customers and support. */
    public List<ChangeRequest> list(OnboardingId id) {
        requireReader(id);
        return store.of(id);
    }

    public ChangeRequest get(OnboardingId id, UUID changeId) {
        requireReader(id);
        return store.find(changeId).filter(c -> c.onboardingId().equals(id))
                .orElseThrow(() -> new OnboardingNotFoundException(id));
    }

    private ChangeRequest reviewable(OnboardingId id, UUID changeId) {
        var request = get(id, changeId);
        if (!request.awaitsReview()) {
            throw new IllegalStateException("The change request " + changeId + " is " + request.state() + " and "
                    + (request.kind().review() == ChangeKind.Review.NONE ? "needs no review" : "was decided already"));
        }
        return request;
    }

    /** Writes the change into the inputs and starts the run of only the steps it concerns. */
    private ChangeRequest apply(ChangeRequest approved) {
        var changed = onboardings.applyChange(approved.onboardingId(), approved.kind(), approved.proposed());
        int generation = provisioning.runChange(changed, StepKind.applying(approved.kind()));
        var applying = ledger.move(approved, ChangeState.APPLYING, false, "");
        ledger.applyingIn(applying, generation);
        return store.find(applying.id()).orElseThrow();
    }

    private void requireReader(OnboardingId id) {
        var onboarding = asSystem(() -> onboardings.getForVendor(id));
        if (!RunActions.mayAct(currentUser.actor(), onboarding.organizationId())) {
            throw new AccessDeniedException(currentUser.actor().map(Actor::id).orElse("anonymous")
                    + " may not read the change requests of organization " + onboarding.organizationId());
        }
    }

    private static <T> T asSystem(Supplier<T> read) {
        return SystemActor.call("changes", read);
    }
}
