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
import java.util.UUID;

/**
 * Support in the customer's account under the customer's grant ({@link AccountAction} says when one is needed):
 * refuses without one, and opens sessions that name the support user and are limited to the grant's time and, by a
 * session policy, to its scope.
 */
@Component
class SupportAccess {

    private final AccessGrants grants;
    private final AwsClients aws;
    private final Clock clock;
    private final SupportRuns runs;

    SupportAccess(AccessGrants grants, AwsClients aws, Clock clock, SupportRuns runs) {
        this.runs = runs;
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
        return grant.map(g -> open(caller.id(), onboarding, g.id(), action))
                .orElseGet(() -> aws.customer(Preflight.roleOf(onboarding), onboarding.inputs().region()));
    }

    private CustomerAccount open(String actor, Onboarding onboarding, UUID grantId, AccountAction action) {
        var bootstrap = Preflight.roleOf(onboarding);
        var role = new CustomerRole(bootstrap.roleArn(), bootstrap.externalId(), CustomerRole.supportSessionFor(actor));
        return aws.customer(role, onboarding.inputs().region(), () -> {
            var current = grants.stillActive(onboarding.id(), grantId, action.name(), action.needs());
            var limits = limits(current, clock.instant(), aws.longestSession());
            grants.sessionStarted(current, actor, role.sessionName(), clock.instant().plus(limits.duration()));
            return limits;
        });
    }

    /**
     * Records whose the run that {@code action} starts or continues is: support's under {@code grant}, or (empty)
     * the customer's and the system's.
     */
    void runBy(Actor caller, Onboarding onboarding, Optional<AccessGrant> grant, AccountAction action) {
        grant.ifPresentOrElse(g -> runs.started(onboarding.id(), new SupportRuns.SupportRun(g.id(), caller.id(), action)),
                () -> runs.forget(onboarding.id()));
    }

    /** A run started by the customer or the system from now on is theirs. */
    void runByOwner(Onboarding onboarding) {
        runs.forget(onboarding.id());
    }

    /** Whether the run of {@code onboarding} is support's, and so needs support's grant to go on. */
    Optional<SupportRuns.SupportRun> supportRun(Onboarding onboarding) {
        return runs.of(onboarding.id());
    }

    /**
     * Clients for a step or the tear down of {@code onboarding}'s run: support's session when support started the run
     * (refused once the grant has ended), else the bootstrap role's own.
     *
     * @throws com.byoconboard.support.AccessGrantRequiredException support's grant for the run has ended
     */
    CustomerAccount forRun(Onboarding onboarding) {
        var run = runs.of(onboarding.id());
        if (run.isEmpty()) {
            return aws.customer(Preflight.roleOf(onboarding), onboarding.inputs().region());
        }
        requireRunGrant(onboarding, run.get());
        return open(run.get().actor(), onboarding, run.get().grantId(), run.get().action());
    }

    /** Refuses to go on with support's run once its grant has ended (revoked or expired). */
    void requireRunGrant(Onboarding onboarding, SupportRuns.SupportRun run) {
        grants.stillActive(onboarding.id(), run.grantId(), run.action().name(), run.action().needs());
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
        // STS's shortest session is also the shortest grant.
        if (duration.compareTo(AccessGrant.SHORTEST) < 0) {
            duration = AccessGrant.SHORTEST;
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
