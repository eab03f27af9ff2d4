package com.byoconboard.support;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Support access the customer controls: support requests access to an onboarding's account (reason, duration,
 * scope), the onboarding's customers approve, refuse or revoke, both see the grants and the sessions support started.
 * Every step is audited. Which actions need a grant is decided by the provisioning module, which asks
 * {@link #requireActive} before acting.
 */
@Service
public class AccessGrants {

    private final AccessGrantStore store;
    private final OnboardingService onboardings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AccessGrants(AccessGrantStore store, OnboardingService onboardings, CurrentUser currentUser, AuditLog audit,
                 Clock clock) {
        this.store = store;
        this.onboardings = onboardings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Support asks the customer for access to a submitted onboarding's account.
     *
     * @throws AccessRequestInvalidException no reason, or a duration outside 15 minutes..12 hours
     */
    @Transactional
    public AccessGrant request(OnboardingId id, String reason, Duration duration, GrantScope scope) {
        var caller = currentUser.requireVendor();
        var onboarding = onboarding(id);
        if (onboarding.state() == OnboardingState.DRAFT) {
            throw new IllegalStateException("Onboarding " + id + " is a draft: there is nothing in its account yet");
        }
        var grant = AccessGrant.requested(id, onboarding.organizationId(), caller.id(), clock.instant(), reason,
                duration, scope == null ? GrantScope.READ_ONLY : scope);
        store.insert(grant);
        audit.append(grant.organizationId(), id, AuditAction.ACCESS_GRANT, "", GrantState.REQUESTED.name(),
                describe(grant));
        return grant;
    }

    /** The customer approves: the grant's time starts now. */
    @Transactional
    public AccessGrant approve(OnboardingId id, UUID grantId) {
        return decide(id, grantId, AccessGrant::approved);
    }

    @Transactional
    public AccessGrant refuse(OnboardingId id, UUID grantId) {
        return decide(id, grantId, AccessGrant::refused);
    }

    /**
     * The customer ends an approved grant now: no support action under it passes any more, and no new session
     * starts (a session is opened per action, and each renewal asks {@link #stillActive}).
     */
    @Transactional
    public AccessGrant revoke(OnboardingId id, UUID grantId) {
        return decide(id, grantId, AccessGrant::revoked);
    }

    /** The onboarding's grants, newest first: for its customers and the vendor side. */
    public List<AccessGrant> list(OnboardingId id) {
        currentUser.requireReaderOf(onboarding(id).organizationId());
        return store.of(id);
    }

    /** The sessions support started in the onboarding's account, newest first: for its customers and the vendor side. */
    public List<AccessSession> sessions(OnboardingId id) {
        currentUser.requireReaderOf(onboarding(id).organizationId());
        return store.sessions(id);
    }

    /** Whether a request of support waits for the customer's decision. */
    public boolean waiting(OnboardingId id) {
        return list(id).stream().anyMatch(g -> g.stateAt(clock.instant()).waiting());
    }

    /** The state of {@code grant} now, by the app's clock. */
    public GrantState stateNow(AccessGrant grant) {
        return grant.stateAt(clock.instant());
    }

    /**
     * The approved, unexpired grant under which support may now do what needs {@code needed} (the one running
     * longest), or a refusal naming the missing grant.
     *
     * @param action what support is about to do, for the refusal
     */
    public AccessGrant requireActive(OnboardingId id, String action, GrantScope needed) {
        var now = clock.instant();
        return store.of(id).stream().filter(g -> g.allows(needed, now))
                .max(Comparator.comparing(g -> g.remaining(now)))
                .orElseThrow(() -> new AccessGrantRequiredException(id, action, needed));
    }

    /**
     * The grant {@code grantId} as it stands now, if support may still act under it for {@code needed}: asked again
     * before every AssumeRole, so that a revoked or expired grant starts no new session.
     */
    public AccessGrant stillActive(OnboardingId id, UUID grantId, String action, GrantScope needed) {
        return store.find(grantId).filter(g -> g.allows(needed, clock.instant()))
                .orElseThrow(() -> new AccessGrantRequiredException(id, action, needed));
    }

    /** Records a session support started under {@code grant} (as {@code actor}: the SDK may renew it on another thread). */
    public void sessionStarted(AccessGrant grant, String actor, String sessionName, Instant expiresAt) {
        var session = new AccessSession(grant.id(), actor, sessionName, clock.instant(), expiresAt);
        store.insert(grant.onboardingId(), session);
        audit.append(actor, grant.organizationId(), grant.onboardingId(), AuditAction.SUPPORT_SESSION, "",
                sessionName, grant.scope() + " until " + expiresAt + " (grant " + grant.id() + ")");
    }

    /** Records what support did in the account under {@code grant}. */
    public void acted(AccessGrant grant, String action) {
        audit.append(grant.organizationId(), grant.onboardingId(), AuditAction.SUPPORT_ACTION, "", action,
                grant.scope() + " (grant " + grant.id() + ")");
    }

    private AccessGrant decide(OnboardingId id, UUID grantId,
                               TriFunction<AccessGrant, String, Instant, AccessGrant> move) {
        var onboarding = onboarding(id);
        Actor caller = currentUser.requireCustomerOf(onboarding.organizationId());
        var grant = store.find(grantId).filter(g -> g.onboardingId().equals(id))
                .orElseThrow(() -> new AccessDeniedException("No access grant " + grantId + " of onboarding " + id));
        var before = grant.stateAt(clock.instant());
        var after = move.apply(grant, caller.id(), clock.instant());
        if (!store.update(after, grant.state())) {
            throw new IllegalStateException("Access grant " + grantId + " changed meanwhile; reload and decide again");
        }
        audit.append(onboarding.organizationId(), id, AuditAction.ACCESS_GRANT, before.name(), after.state().name(),
                describe(after));
        return after;
    }

    @FunctionalInterface
    private interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    private static String describe(AccessGrant g) {
        // The reason as support wrote it, then scope, duration and end in a form no language needs to translate.
        return g.reason() + " (" + g.scope() + ", " + g.duration() + g.expiresAt().map(e -> ", " + e).orElse("") + ")";
    }

    private Onboarding onboarding(OnboardingId id) {
        return SystemActor.call("access grants", () -> onboardings.getForVendor(id));
    }
}
