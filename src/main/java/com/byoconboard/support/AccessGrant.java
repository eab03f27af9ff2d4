package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Support's access to one onboarding's AWS account, as the customer controls it: who asked, why, for how long and
 * for what scope, and what the customer decided. The time runs from the approval.
 *
 * @param state     as last recorded; an approved grant past {@code expiresAt} is {@link GrantState#EXPIRED}
 *                  ({@link #stateAt})
 * @param decidedBy the customer who approved or refused
 * @param endedBy   the customer who revoked
 */
public record AccessGrant(UUID id, OnboardingId onboardingId, OrganizationId organizationId, String requestedBy,
                          Instant requestedAt, String reason, Duration duration, GrantScope scope, GrantState state,
                          Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<Instant> expiresAt,
                          Optional<String> endedBy, Optional<Instant> endedAt) {

    /** The shortest grant: STS's shortest session. */
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    /** The longest grant: a working day; support asks again for more. */
    public static final Duration LONGEST = Duration.ofHours(12);
    /** The longest reason kept. */
    public static final int REASON_LENGTH = 500;

    /** A new request, after {@link #checkRequest}. */
    static AccessGrant requested(OnboardingId onboarding, OrganizationId org, String by, Instant at, String reason,
                                 Duration duration, GrantScope scope) {
        checkRequest(reason, duration);
        return new AccessGrant(UUID.randomUUID(), onboarding, org, by, at, reason.strip(), duration, scope,
                GrantState.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Refuses a request without a reason, with an over-long one, or with a duration outside
     * {@link #SHORTEST}..{@link #LONGEST}, saying which and how to fix it.
     */
    public static void checkRequest(String reason, Duration duration) {
        if (reason == null || reason.isBlank()) {
            throw new AccessRequestInvalidException("support.access.invalid.reason");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new AccessRequestInvalidException("support.access.invalid.reasonLength", REASON_LENGTH,
                    reason.strip().length());
        }
        if (duration == null || duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw new AccessRequestInvalidException("support.access.invalid.duration", SHORTEST.toMinutes(),
                    LONGEST.toHours(), duration == null ? "-" : duration.toMinutes());
        }
    }

    /** The state at {@code now}: an approved grant whose time is up has expired. */
    public GrantState stateAt(Instant now) {
        if (state == GrantState.APPROVED && expiresAt.filter(end -> !now.isBefore(end)).isPresent()) {
            return GrantState.EXPIRED;
        }
        return state;
    }

    /** Whether support may, at {@code now}, do under this grant what needs {@code needed}. */
    public boolean allows(GrantScope needed, Instant now) {
        return stateAt(now).active() && scope.covers(needed);
    }

    /** How long the grant still runs at {@code now}; zero unless approved and unexpired. */
    public Duration remaining(Instant now) {
        return stateAt(now).active() ? Duration.between(now, expiresAt.orElseThrow()) : Duration.ZERO;
    }

    AccessGrant approved(String by, Instant now) {
        require(now, GrantState.APPROVED);
        return new AccessGrant(id, onboardingId, organizationId, requestedBy, requestedAt, reason, duration, scope,
                GrantState.APPROVED, Optional.of(by), Optional.of(now), Optional.of(now.plus(duration)), endedBy, endedAt);
    }

    AccessGrant refused(String by, Instant now) {
        require(now, GrantState.REFUSED);
        return new AccessGrant(id, onboardingId, organizationId, requestedBy, requestedAt, reason, duration, scope,
                GrantState.REFUSED, Optional.of(by), Optional.of(now), expiresAt, endedBy, endedAt);
    }

    AccessGrant revoked(String by, Instant now) {
        require(now, GrantState.REVOKED);
        return new AccessGrant(id, onboardingId, organizationId, requestedBy, requestedAt, reason, duration, scope,
                GrantState.REVOKED, decidedBy, decidedAt, expiresAt, Optional.of(by), Optional.of(now));
    }

    private void require(Instant now, GrantState next) {
        var current = stateAt(now);
        if (!current.canMoveTo(next)) {
            throw new IllegalStateException("Access grant " + id + " is " + current + "; it cannot become " + next);
        }
    }
}
