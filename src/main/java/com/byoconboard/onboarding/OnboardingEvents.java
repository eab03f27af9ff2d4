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

    /** The customer changed the private connectivity (peers, public load balancer removal) of a ready onboarding. */
    public record PeeringChanged(OnboardingId id, OrganizationId organizationId,
                                 OnboardingInputs.PrivateConnectivity before, OnboardingInputs.PrivateConnectivity after) {
    }
}
