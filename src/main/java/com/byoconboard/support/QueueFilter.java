package com.byoconboard.support;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingState;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The support queue's filter: states, region, organization, a minimum age (time since the last change), and a
 * search for an AWS account ID or VPC ID. Empty parts match everything.
 */
public record QueueFilter(Set<OnboardingState> states, String region, String organization,
                          Optional<Duration> olderThan, String search) {

    public static final QueueFilter ALL = new QueueFilter(Set.of(), "", "", Optional.empty(), "");

    public QueueFilter {
        states = Set.copyOf(states);
        region = region == null ? "" : region;
        organization = organization == null ? "" : organization;
        search = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Onboarding o, Instant now) {
        var inputs = o.inputs();
        return (states.isEmpty() || states.contains(o.state()))
                && (region.isEmpty() || region.equals(inputs.region()))
                && (organization.isEmpty() || organization.equals(o.organizationId().value()))
                && olderThan.map(age -> !o.updatedAt().plus(age).isAfter(now)).orElse(true)
                && (search.isEmpty() || inputs.account().accountId().toLowerCase(Locale.ROOT).contains(search)
                        || inputs.network().existingVpcId().toLowerCase(Locale.ROOT).contains(search)
                        || inputs.connectivity().peers().stream()
                                .anyMatch(p -> p.vpcId().toLowerCase(Locale.ROOT).contains(search)));
    }
}
