package com.byoconboard.onboarding;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one entry point for reading and changing onboardings. Every method checks the caller itself: customer
 * calls name the caller's organization and only its customers may change it (support may read it); the
 * vendor-side methods need SUPPORT or ADMIN, or the system actor for background jobs
 * ({@code SystemActor.run("provisioning", () -> service.moveTo(id, READY))}).
 */
@Service
public class OnboardingService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OnboardingRepository repository;
    private final SubmissionCheck submissionCheck;
    private final DraftLimits limits;
    /** Looked up when needed: its implementation reads onboardings through this service. */
    private final ObjectProvider<AccountReadiness> accountReadiness;
    private final boolean preflightOnSubmit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    OnboardingService(OnboardingRepository repository, SubmissionCheck submissionCheck, DraftLimits limits,
                      ObjectProvider<AccountReadiness> accountReadiness, OnboardingProperties properties,
                      ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.repository = repository;
        this.submissionCheck = submissionCheck;
        this.limits = limits;
        this.accountReadiness = accountReadiness;
        this.preflightOnSubmit = properties.preflightOnSubmit();
        this.events = events;
        this.clock = clock;
    }

    public List<Onboarding> list(OrganizationId org) {
        currentUser.requireReaderOf(org);
        return repository.findByOrganization(org);
    }

    @Transactional
    public Onboarding create(OrganizationId org) {
        return create(org, OnboardingInputs.initial());
    }

    /**
     * A new draft holding {@code inputs} (the API's create with a body), refused as a whole, and nothing created,
     * when they break a limit.
     *
     * @throws InputsRefusedException with the rule IDs of the limits broken
     */
    @Transactional
    public Onboarding create(OrganizationId org, OnboardingInputs inputs) {
        currentUser.requireCustomerOf(org);
        refuseBeyondLimits(inputs);
        var now = now();
        var onboarding = new Onboarding(OnboardingId.random(), org, OnboardingState.DRAFT, inputs,
                newExternalId(), 1, 0, now, now);
        repository.insert(onboarding);
        return onboarding;
    }

    public Onboarding get(OrganizationId org, OnboardingId id) {
        currentUser.requireReaderOf(org);
        return repository.find(org, id).orElseThrow(() -> new OnboardingNotFoundException(id));
    }

    /**
     * Applies one edit to the draft, provided nobody saved since {@code expectedVersion} was read and the result
     * stays within the limits (an over-long or over-large value is refused here, not stored).
     *
     * @throws DraftConflictException with the newer onboarding when someone else saved in between
     * @throws InputsRefusedException with the rule IDs of the limits the edit would break; nothing is stored
     */
    @Transactional
    public Onboarding editDraft(OrganizationId org, OnboardingId id, long expectedVersion,
                                UnaryOperator<OnboardingInputs> edit) {
        currentUser.requireCustomerOf(org);
        var current = get(org, id);
        if (current.version() != expectedVersion) {
            throw new DraftConflictException(current);
        }
        return editDraft(current, edit);
    }

    /**
     * The same edit applied to the draft as the caller last read or saved it, without reading it again (the wizard
     * saves every change): the update is made only while the stored draft still has {@code seen}'s version, and every
     * change of a draft, its state included, gives it a new version.
     *
     * @throws DraftConflictException with the newer onboarding when someone else saved since {@code seen}
     * @throws InputsRefusedException with the rule IDs of the limits the edit would break; nothing is stored
     */
    @Transactional
    public Onboarding editDraft(Onboarding seen, UnaryOperator<OnboardingInputs> edit) {
        var org = seen.organizationId();
        currentUser.requireCustomerOf(org);
        if (!seen.state().editable()) {
            throw new InputsFrozenException(seen.state());
        }
        var inputs = edit.apply(seen.inputs());
        refuseBeyondLimits(inputs);
        var changed = copy(seen, seen.state(), inputs, seen.revision());
        if (!repository.update(changed, seen.version())) {
            throw new DraftConflictException(get(org, seen.id()));
        }
        return changed;
    }

    private void refuseBeyondLimits(OnboardingInputs inputs) {
        var refusing = limits.refusingRuleIds(inputs);
        if (!refusing.isEmpty()) {
            throw new InputsRefusedException(refusing);
        }
    }

    /**
     * Deletes a draft nobody submitted yet, provided nobody saved since {@code expectedVersion} was read; once
     * submitted, an onboarding stays on record (support and the audit log refer to it).
     */
    @Transactional
    public void deleteDraft(OrganizationId org, OnboardingId id, long expectedVersion) {
        currentUser.requireCustomerOf(org);
        var current = get(org, id);
        if (current.state() != OnboardingState.DRAFT) {
            throw new InputsFrozenException(current.state());
        }
        if (current.version() != expectedVersion || !repository.delete(current)) {
            throw new DraftConflictException(get(org, id));
        }
        events.publishEvent(new OnboardingEvents.DraftDeleted(id, org, current.displayName()));
    }

    /**
     * Peering after READY: adds or removes peers (or changes their details) of a ready onboarding, refused while
     * any rule reports an error, as on submit; a re-run of provisioning then requests, or removes, exactly that.
     * Nothing else of the inputs can change here (the region and the VPC CIDR are permanent).
     */
    @Transactional
    public Onboarding changePeering(OrganizationId org, OnboardingId id, long expectedVersion,
                                    UnaryOperator<OnboardingInputs.PrivateConnectivity> change) {
        currentUser.requireCustomerOf(org);
        var current = get(org, id);
        if (current.version() != expectedVersion) {
            throw new DraftConflictException(current);
        }
        if (current.state() != OnboardingState.READY) {
            throw new InputsFrozenException(current.state());
        }
        var inputs = current.inputs().withConnectivity(change);
        var blocking = submissionCheck.blockingRuleIds(inputs);
        if (!blocking.isEmpty()) {
            throw new SubmissionRefusedException(blocking);
        }
        var changed = copy(current, current.state(), inputs, current.revision());
        if (!repository.update(changed, expectedVersion)) {
            throw new DraftConflictException(get(org, id));
        }
        events.publishEvent(new OnboardingEvents.PeeringChanged(id, org, current.inputs().connectivity(),
                inputs.connectivity()));
        return changed;
    }

    /**
     * Day-2: checks a change of a ready onboarding as its customer, and stores nothing. It must change one kind of
     * setting ({@link ChangeKind#of}: never the region or the VPC CIDR) and is refused while any rule reports an
     * error, the same rules as on submit.
     *
     * @throws ChangeRefusedException     not ready, or not a change that can be made after READY
     * @throws SubmissionRefusedException with the rule IDs that report an error
     */
    public ProposedChange proposeChange(OrganizationId org, OnboardingId id, UnaryOperator<OnboardingInputs> edit) {
        currentUser.requireCustomerOf(org);
        var current = get(org, id);
        if (current.state() != OnboardingState.READY) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.NOT_READY, current.state().name());
        }
        var proposed = edit.apply(current.inputs());
        var kind = ChangeKind.of(current.inputs(), proposed);
        refuseBeyondLimits(proposed);
        refuseBlocked(proposed);
        return new ProposedChange(current, kind, proposed);
    }

    /**
     * Day-2, on the vendor's side: writes the {@code kind}'s part of an approved change's {@code proposed} inputs
     * into the ready onboarding (the rules checked again: another change may have been applied since).
     */
    @Transactional
    public Onboarding applyChange(OnboardingId id, ChangeKind kind, OnboardingInputs proposed) {
        var current = getForVendor(id);
        if (current.state() != OnboardingState.READY) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.NOT_READY, current.state().name());
        }
        var inputs = kind.carry(current.inputs(), proposed);
        refuseBlocked(inputs);
        var changed = copy(current, current.state(), inputs, current.revision());
        if (!repository.update(changed, current.version())) {
            throw new DraftConflictException(getForVendor(id));
        }
        return changed;
    }

    private void refuseBlocked(OnboardingInputs inputs) {
        var blocking = submissionCheck.blockingRuleIds(inputs);
        if (!blocking.isEmpty()) {
            throw new SubmissionRefusedException(blocking);
        }
    }

    /**
     * Freezes the inputs for review, refusing them while any rule still reports an error, then while pre-flight
     * in the customer's account fails (run again here: the account may have changed since the customer checked).
     */
    @Transactional
    public Onboarding submit(OrganizationId org, OnboardingId id, long expectedVersion) {
        currentUser.requireCustomerOf(org);
        var current = get(org, id);
        var blocking = submissionCheck.blockingRuleIds(current.inputs());
        if (!blocking.isEmpty()) {
            throw new SubmissionRefusedException(blocking);
        }
        if (current.version() != expectedVersion) {
            throw new DraftConflictException(current);
        }
        if (preflightOnSubmit) {
            var failing = accountReadiness.getObject().failingChecks(current);
            if (!failing.isEmpty()) {
                throw new AccountCheckRefusedException(failing);
            }
        }
        int revision = current.state() == OnboardingState.CHANGES_REQUESTED ? current.revision() + 1 : current.revision();
        return transition(current, expectedVersion, OnboardingState.SUBMITTED, revision);
    }

    /**
     * Reads an onboarding of any organization: for the vendor's side (support console, provisioning jobs),
     * never for a customer request.
     */
    public Onboarding getForVendor(OnboardingId id) {
        currentUser.requireVendor();
        return repository.findAnyOrganization(id).orElseThrow(() -> new OnboardingNotFoundException(id));
    }

    /** Every onboarding of every organization, newest change first: the support queue. */
    public List<Onboarding> listForVendor() {
        currentUser.requireVendor();
        return repository.findAll();
    }

    /**
     * Moves an onboarding along its life cycle on the vendor's side (approve, request changes, provisioning
     * started / finished / failed, torn down). Refuses anything {@link OnboardingState#next()} does not allow, and
     * SUBMITTED, which only the customer's {@link #submit} reaches.
     */
    @Transactional
    public Onboarding moveTo(OnboardingId id, OnboardingState target) {
        return moveTo(id, target, "");
    }

    /** The same with support's {@code comment} to the customer, which travels with the change to its listeners (e-mail). */
    @Transactional
    public Onboarding moveTo(OnboardingId id, OnboardingState target, String comment) {
        var current = getForVendor(id);
        if (target == OnboardingState.SUBMITTED) {
            // Only the customer submits, through submit(), which runs the rules first.
            throw new IllegalTransitionException(current.state(), target);
        }
        int revision = current.revision();
        return transition(current, current.version(), target, revision, comment);
    }

    private Onboarding transition(Onboarding current, long expectedVersion, OnboardingState target, int revision) {
        return transition(current, expectedVersion, target, revision, "");
    }

    private Onboarding transition(Onboarding current, long expectedVersion, OnboardingState target, int revision,
                                  String comment) {
        if (current.version() != expectedVersion) {
            throw new DraftConflictException(current);
        }
        if (!current.state().canMoveTo(target)) {
            throw new IllegalTransitionException(current.state(), target);
        }
        var changed = copy(current, target, current.inputs(), revision);
        if (!repository.update(changed, expectedVersion)) {
            throw new DraftConflictException(repository.findAnyOrganization(current.id()).orElseThrow());
        }
        events.publishEvent(new OnboardingEvents.StateChanged(current.id(), current.organizationId(),
                current.state(), target, comment));
        return changed;
    }

    private Onboarding copy(Onboarding o, OnboardingState state, OnboardingInputs inputs, int revision) {
        return new Onboarding(o.id(), o.organizationId(), state, inputs, o.externalId(), revision, o.version() + 1,
                o.createdAt(), now());
    }

    /** Databases keep microseconds; rounding here makes what we return equal what we read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** 32 hex characters: unguessable, and within the 2-1224 characters and charset STS allows. */
    private static String newExternalId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
