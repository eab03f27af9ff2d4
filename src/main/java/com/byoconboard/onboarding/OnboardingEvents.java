package com.byoconboard.onboarding;

import com.byoconboard.identity.OrganizationId;

/** Events other modules react to (notifications, audit, provisioning) without this module knowing them. */
public final class OnboardingEvents {

    private OnboardingEvents() {
    }

    /**
     * An onboarding moved from one state to another.
     *
     * @param comment what support wrote to the customer with this change (changes requested, rejected), else empty
     */
    public record StateChanged(OnboardingId id, OrganizationId organizationId, OnboardingState from,
                               OnboardingState to, String comment) {

        public StateChanged {
            comment = comment == null ? "" : comment;
        }
    }

    /** The customer changed the private connectivity (peers, public load balancer removal) of a ready onboarding. */
    public record PeeringChanged(OnboardingId id, OrganizationId organizationId,
                                 OnboardingInputs.PrivateConnectivity before, OnboardingInputs.PrivateConnectivity after) {
    }

    /** A customer deleted a draft nobody had submitted; {@code name} is what it was called, for the audit log. */
    public record DraftDeleted(OnboardingId id, OrganizationId organizationId, String name) {
    }

    /**
     * A day-2 change request moved ({@code from} is empty when it was just proposed).
     *
     * @param detail the kind's part before and after, and support's comment where there is one
     */
    public record ChangeMoved(OnboardingId id, OrganizationId organizationId, java.util.UUID changeId, ChangeKind kind,
                              String from, ChangeState to, String detail) {
    }
}
