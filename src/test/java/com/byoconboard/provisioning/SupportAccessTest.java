package com.byoconboard.provisioning;

import com.byoconboard.deployment.SessionPolicy;
import com.byoconboard.identity.Actor;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.support.AccessGrant;
import com.byoconboard.support.GrantScope;
import com.byoconboard.support.GrantState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of support's actions act in the customer's account, and the sessions support gets for them. */
class SupportAccessTest {

    static final OrganizationId OWNER = new OrganizationId("owner");

    static Actor actor(String id, Optional<OrganizationId> org, boolean system, Role... roles) {
        return new Actor(id, id, "", org, Set.of(roles), system);
    }

    @Test
    void verifyRepairRetryAndTearDownActInTheAccountStartAndCancelDoNot() {
        assertThat(EnumSet.allOf(RunAction.class)).allSatisfy(action -> assertThat(AccountAction.of(action))
                .as(action.name()).isEqualTo(switch (action) {
                    case START, CANCEL -> Optional.empty();
                    case RETRY -> Optional.of(AccountAction.RETRY);
                    case TEAR_DOWN -> Optional.of(AccountAction.TEAR_DOWN);
                }));
        assertThat(AccountAction.VERIFY.needs()).isEqualTo(GrantScope.READ_ONLY);
        assertThat(EnumSet.of(AccountAction.REPAIR, AccountAction.RETRY, AccountAction.TEAR_DOWN))
                .allSatisfy(a -> assertThat(a.needs()).isEqualTo(GrantScope.READ_WRITE));
    }

    @Test
    void onlySupportStaffActingInSomeoneElsesAccountNeedAGrant() {
        assertThat(AccountAction.governs(actor("sam", Optional.empty(), false, Role.SUPPORT), OWNER)).isTrue();
        assertThat(AccountAction.governs(actor("root", Optional.empty(), false, Role.ADMIN), OWNER)).isTrue();
        assertThat(AccountAction.governs(actor("alice", Optional.of(OWNER), false, Role.CUSTOMER), OWNER)).isFalse();
        assertThat(AccountAction.governs(actor("system:run", Optional.empty(), true), OWNER)).isFalse();
        // Staff who are also the organization's customer act in their own account.
        assertThat(AccountAction.governs(actor("both", Optional.of(OWNER), false, Role.CUSTOMER, Role.SUPPORT), OWNER)).isFalse();
    }

    @Test
    void aSessionLastsNoLongerThanTheGrantButAtLeastStssFifteenMinutesAndCarriesTheScopesPolicy() {
        var t0 = Instant.parse("2026-12-04T10:00:00Z");
        var longest = Duration.ofHours(1);
        var readOnly = grant(GrantScope.READ_ONLY, Duration.ofHours(4), t0);
        assertThat(SupportAccess.limits(readOnly, t0, longest).duration()).isEqualTo(longest);
        assertThat(SupportAccess.limits(readOnly, t0.plus(Duration.ofMinutes(200)), longest).duration())
                .isEqualTo(Duration.ofMinutes(40));
        assertThat(SupportAccess.limits(readOnly, t0.plus(Duration.ofMinutes(235)), longest).duration())
                .isEqualTo(Duration.ofSeconds(900));
        assertThat(SupportAccess.limits(readOnly, t0, longest).policy()).isEqualTo(SessionPolicy.document(false));
        assertThat(SupportAccess.limits(grant(GrantScope.READ_WRITE, Duration.ofHours(1), t0), t0, longest).policy())
                .isEqualTo(SessionPolicy.document(true));
    }

    private static AccessGrant grant(GrantScope scope, Duration duration, Instant approvedAt) {
        return new AccessGrant(UUID.randomUUID(),
                new OnboardingId(UUID.randomUUID()), OWNER, "sam", approvedAt, "why",
                duration, scope, GrantState.APPROVED, Optional.of("alice"), Optional.of(approvedAt),
                Optional.of(approvedAt.plus(duration)), Optional.empty(), Optional.empty());
    }
}
