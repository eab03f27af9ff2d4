package com.byoconboard.onboarding;

import java.util.EnumSet;
import java.util.Set;

/** Where a day-2 change request of a ready onboarding is, from the customer's proposal to its run's end. */
public enum ChangeState {
    /** Validated by the wizard's rules (and pre-flight where the account is concerned); waits for support's review. */
    PROPOSED,
    /** Reviewed, or needing no review: its run may start. */
    APPROVED,
    /** The run of the steps it concerns is under way. */
    APPLYING,
    APPLIED,
    /** The run failed; a Retry of the run that completes it applies it after all. */
    FAILED,
    /** Support refused it; the detail says why. Nothing was changed. */
    REFUSED,
    /** The customer took it back before it was applied. Nothing was changed. */
    WITHDRAWN;

    /** States this one may move to; anything else is refused. */
    public Set<ChangeState> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(APPROVED, REFUSED, WITHDRAWN);
            case APPROVED -> EnumSet.of(APPLYING, WITHDRAWN);
            case APPLYING -> EnumSet.of(APPLIED, FAILED);
            case FAILED -> EnumSet.of(APPLIED);
            case APPLIED, REFUSED, WITHDRAWN -> EnumSet.noneOf(ChangeState.class);
        };
    }

    public boolean canMoveTo(ChangeState target) {
        return next().contains(target);
    }

    /** Nothing more will happen to it. */
    public boolean settled() {
        return next().isEmpty();
    }
}
