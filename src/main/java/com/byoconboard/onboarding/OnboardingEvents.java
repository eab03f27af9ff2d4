package com.byoconboard.onboarding;

import com.byoconboard.identity.OrganizationId;

/** Events other modules react to (notifications, audit, provisioning) without this module knowing them. */
public final class OnboardingEvents {

    private OnboardingEvents() {
    }

    /** An onboarding moved from one state to another. */
    public record StateChanged(OnboardingId id, OrganizationId organizationId, OnboardingState from,
                               OnboardingState to) {
    }
}
