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

    /** A customer deleted a draft nobody had submitted; {@code name} is what it was called, for the audit log. */
    public record DraftDeleted(OnboardingId id, OrganizationId organizationId, String name) {
    }
}
