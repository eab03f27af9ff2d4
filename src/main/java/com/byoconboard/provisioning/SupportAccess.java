package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsClients.SessionLimits;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.aws.CustomerRole;
import com.byoconboard.deployment.SessionPolicy;
import com.byoconboard.identity.Actor;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.support.AccessGrant;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.GrantScope;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Support in the customer's account under the customer's grant ({@link AccountAction} says when one is needed):
 * refuses without one, and opens sessions that name the support user and are limited to the grant's time and, by a
 * session policy, to its scope.
 */
@Component
class SupportAccess {

    /** STS's shortest session. */
    static final Duration SHORTEST_SESSION = Duration.ofSeconds(900);

    private final AccessGrants grants;
    private final AwsClients aws;
    private final Clock clock;

    SupportAccess(AccessGrants grants, AwsClients aws, Clock clock) {
        this.grants = grants;
        this.aws = aws;
        this.clock = clock;
    }

    /**
     * The grant {@code caller} acts under for {@code action} in {@code onboarding}'s account; empty when the caller
     * needs none.
     *
     * @throws com.byoconboard.support.AccessGrantRequiredException the caller needs one and has none
     */
    Optional<AccessGrant> require(Actor caller, Onboarding onboarding, AccountAction action) {
        if (!AccountAction.governs(caller, onboarding.organizationId())) {
            return Optional.empty();
        }
        return Optional.of(grants.requireActive(onboarding.id(), action.name(), action.needs()));
    }

    /**
     * Clients in the account for what {@code caller} does under {@code grant} (empty: the bootstrap role's own session).
     * Each AssumeRole asks again whether the grant still holds, and is recorded.
     */
    CustomerAccount open(Actor caller, Onboarding onboarding, Optional<AccessGrant> grant, AccountAction action) {
        if (grant.isEmpty()) {
            return aws.customer(Preflight.roleOf(onboarding), onboarding.inputs().region());
        }
        var bootstrap = Preflight.roleOf(onboarding);
        var role = new CustomerRole(bootstrap.roleArn(), bootstrap.externalId(), CustomerRole.supportSessionFor(caller.id()));
        var grantId = grant.get().id();
        return aws.customer(role, onboarding.inputs().region(), () -> {
            var current = grants.stillActive(onboarding.id(), grantId, action.name(), action.needs());
            var limits = limits(current, clock.instant(), aws.longestSession());
            grants.sessionStarted(current, caller.id(), role.sessionName(), clock.instant().plus(limits.duration()));
            return limits;
        });
    }

    /** Records what support did under {@code grant}. */
    void acted(Optional<AccessGrant> grant, AccountAction action) {
        grant.ifPresent(g -> grants.acted(g, action.name()));
    }

    /**
     * A session under {@code grant} at {@code now}: no longer than the grant still runs (nor than {@code longest}),
     * but at least STS's 15 minutes; the app stops using it when the grant ends. Its policy allows the grant's scope.
     */
    static SessionLimits limits(AccessGrant grant, Instant now, Duration longest) {
        var remaining = grant.remaining(now);
        var duration = remaining.compareTo(longest) > 0 ? longest : remaining;
        if (duration.compareTo(SHORTEST_SESSION) < 0) {
            duration = SHORTEST_SESSION;
        }
        return new SessionLimits(policy(grant.scope()), Duration.ofSeconds(duration.toSeconds()));
    }

    static String policy(GrantScope scope) {
        return switch (scope) {
            case READ_ONLY -> SessionPolicy.document(false);
            case READ_WRITE -> SessionPolicy.document(true);
        };
    }
}
