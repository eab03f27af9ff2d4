package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QueueFilterTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    static Onboarding onboarding(String org, OnboardingState state, String region, String account, String vpc,
                                 Instant updated) {
        var inputs = OnboardingInputs.initial().withRegion(region).withAccount(a -> a.withAccountId(account))
                .withNetwork(n -> n.withMode(OnboardingInputs.VpcMode.EXISTING_VPC).withExistingVpcId(vpc));
        return new Onboarding(OnboardingId.random(), new OrganizationId(org), state, inputs, "x", 1, 1, updated, updated);
    }

    final Onboarding acme = onboarding("acme", OnboardingState.SUBMITTED, "us-east-1", "123456789012",
            "vpc-0abc", NOW.minus(Duration.ofDays(3)));

    @Test
    void anEmptyFilterMatchesEverything() {
        assertThat(QueueFilter.ALL.matches(acme, NOW)).isTrue();
    }

    @Test
    void filtersByStateRegionAndOrganization() {
        assertThat(new QueueFilter(Set.of(OnboardingState.SUBMITTED), "", "", Optional.empty(), "").matches(acme, NOW)).isTrue();
        assertThat(new QueueFilter(Set.of(OnboardingState.APPROVED), "", "", Optional.empty(), "").matches(acme, NOW)).isFalse();
        assertThat(new QueueFilter(Set.of(), "eu-west-1", "", Optional.empty(), "").matches(acme, NOW)).isFalse();
        assertThat(new QueueFilter(Set.of(), "us-east-1", "acme", Optional.empty(), "").matches(acme, NOW)).isTrue();
        assertThat(new QueueFilter(Set.of(), "", "globex", Optional.empty(), "").matches(acme, NOW)).isFalse();
    }

    @Test
    void ageMeansUnchangedForAtLeastThatLong() {
        assertThat(new QueueFilter(Set.of(), "", "", Optional.of(Duration.ofDays(3)), "").matches(acme, NOW)).isTrue();
        assertThat(new QueueFilter(Set.of(), "", "", Optional.of(Duration.ofDays(4)), "").matches(acme, NOW)).isFalse();
    }

    @Test
    void searchFindsAnAccountIdOrAVpcIdIgnoringCase() {
        assertThat(new QueueFilter(Set.of(), "", "", Optional.empty(), "56789").matches(acme, NOW)).isTrue();
        assertThat(new QueueFilter(Set.of(), "", "", Optional.empty(), " VPC-0ABC ").matches(acme, NOW)).isTrue();
        assertThat(new QueueFilter(Set.of(), "", "", Optional.empty(), "vpc-999").matches(acme, NOW)).isFalse();
    }
}
