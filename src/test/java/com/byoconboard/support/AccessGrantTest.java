package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessGrantTest {

    static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    static AccessGrant requested(GrantScope scope, Duration duration) {
        return AccessGrant.requested(new OnboardingId(UUID.randomUUID()), new OrganizationId("org"), "sam", T0,
                "  look at the NAT gateway ", duration, scope);
    }

    @Test
    void onlyARequestCanBeDecidedAndOnlyAnApprovalCanEnd() {
        assertThat(EnumSet.allOf(GrantState.class)).allSatisfy(from -> EnumSet.allOf(GrantState.class).forEach(to ->
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(
                        from == GrantState.REQUESTED && (to == GrantState.APPROVED || to == GrantState.REFUSED)
                                || from == GrantState.APPROVED && (to == GrantState.REVOKED || to == GrantState.EXPIRED))));
        assertThat(EnumSet.allOf(GrantState.class)).filteredOn(GrantState::active).containsExactly(GrantState.APPROVED);
        assertThat(EnumSet.allOf(GrantState.class)).filteredOn(GrantState::waiting).containsExactly(GrantState.REQUESTED);
    }

    @Test
    void anApprovedGrantRunsForItsDurationFromTheApprovalThenHasExpired() {
        var approved = requested(GrantScope.READ_ONLY, Duration.ofMinutes(30)).approved("alice", T0.plusSeconds(600));
        assertThat(approved.expiresAt()).contains(T0.plusSeconds(600 + 1800));
        assertThat(approved.stateAt(T0.plusSeconds(2399))).isEqualTo(GrantState.APPROVED);
        assertThat(approved.remaining(T0.plusSeconds(2399))).isEqualTo(Duration.ofSeconds(1));
        assertThat(approved.stateAt(T0.plusSeconds(2400))).isEqualTo(GrantState.EXPIRED);
        assertThat(approved.remaining(T0.plusSeconds(2400))).isZero();
        assertThat(approved.allows(GrantScope.READ_ONLY, T0.plusSeconds(2400))).isFalse();
        assertThatThrownBy(() -> approved.revoked("alice", T0.plusSeconds(2400))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXPIRED");
    }

    @Test
    void aReadOnlyGrantCoversReadsOnlyAndARevokedOneNothing() {
        var readOnly = requested(GrantScope.READ_ONLY, Duration.ofHours(1)).approved("alice", T0);
        assertThat(readOnly.allows(GrantScope.READ_ONLY, T0)).isTrue();
        assertThat(readOnly.allows(GrantScope.READ_WRITE, T0)).isFalse();
        var readWrite = requested(GrantScope.READ_WRITE, Duration.ofHours(1)).approved("alice", T0);
        assertThat(readWrite.allows(GrantScope.READ_WRITE, T0)).isTrue();
        var revoked = readWrite.revoked("alice", T0.plusSeconds(60));
        assertThat(revoked.stateAt(T0.plusSeconds(60))).isEqualTo(GrantState.REVOKED);
        assertThat(revoked.allows(GrantScope.READ_ONLY, T0.plusSeconds(60))).isFalse();
        assertThat(revoked.endedBy()).contains("alice");
    }

    @Test
    void aRequestedOrRefusedGrantAllowsNothingAndARefusalIsFinal() {
        var request = requested(GrantScope.READ_WRITE, Duration.ofHours(1));
        assertThat(request.allows(GrantScope.READ_ONLY, T0)).isFalse();
        assertThat(request.reason()).isEqualTo("look at the NAT gateway");
        var refused = request.refused("alice", T0);
        assertThat(refused.allows(GrantScope.READ_ONLY, T0)).isFalse();
        assertThatThrownBy(() -> refused.approved("alice", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.revoked("alice", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRequestNeedsAReasonAndADurationFromFifteenMinutesToTwelveHours() {
        assertThatThrownBy(() -> requested(GrantScope.READ_ONLY, Duration.ofMinutes(14)))
                .isInstanceOfSatisfying(AccessRequestInvalidException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("support.access.invalid.duration");
                    assertThat(e.args()).containsExactly(15L, 12L, 14L);
                });
        assertThatThrownBy(() -> requested(GrantScope.READ_ONLY, Duration.ofHours(12).plusMinutes(1)))
                .isInstanceOf(AccessRequestInvalidException.class);
        assertThat(requested(GrantScope.READ_ONLY, Duration.ofMinutes(15)).duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(requested(GrantScope.READ_ONLY, Duration.ofHours(12)).duration()).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> AccessGrant.checkRequest("  ", Duration.ofHours(1)))
                .isInstanceOfSatisfying(AccessRequestInvalidException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.access.invalid.reason"));
        assertThatThrownBy(() -> AccessGrant.checkRequest("x".repeat(501), Duration.ofHours(1)))
                .isInstanceOfSatisfying(AccessRequestInvalidException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.access.invalid.reasonLength"));
    }
}
