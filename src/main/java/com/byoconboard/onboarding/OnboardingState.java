package com.byoconboard.onboarding;

import java.util.EnumSet;
import java.util.Set;

/** Where an onboarding is in its life, from the customer's first keystroke to a verified offboarding. */
public enum OnboardingState {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    PROVISIONING,
    READY,
    FAILED,
    REJECTED,
    TORN_DOWN,
    /** Torn down, and the customer's offboarding verified: the bootstrap role is gone and nothing tagged is left. */
    OFFBOARDED;

    /** The customer may still change the inputs. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Region and VPC CIDR are fixed once infrastructure may exist. */
    public boolean infrastructureMayExist() {
        return EnumSet.of(PROVISIONING, READY, FAILED).contains(this);
    }

    /** States the given one may move to; anything else is refused. */
    public Set<OnboardingState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED);
            case CHANGES_REQUESTED -> EnumSet.of(SUBMITTED);
            case APPROVED -> EnumSet.of(PROVISIONING);
            case PROVISIONING -> EnumSet.of(READY, FAILED);
            // FAILED: the deployment is found lost or broken (the sandbox's emulator restarted empty, a re-run
            // failed), and Retry provisions it again.
            case READY -> EnumSet.of(TORN_DOWN, FAILED);
            case FAILED -> EnumSet.of(PROVISIONING, TORN_DOWN);
            case TORN_DOWN -> EnumSet.of(OFFBOARDED);
            case REJECTED, OFFBOARDED -> EnumSet.noneOf(OnboardingState.class);
        };
    }

    public boolean canMoveTo(OnboardingState target) {
        return next().contains(target);
    }
}
