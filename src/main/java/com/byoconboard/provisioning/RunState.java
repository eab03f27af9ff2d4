package com.byoconboard.provisioning;

/** The state of an onboarding's provisioning run as a whole. */
public enum RunState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED, TEARING_DOWN, TORN_DOWN;

    /** Nothing is executing: the run may be retried or torn down. */
    public boolean idle() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
