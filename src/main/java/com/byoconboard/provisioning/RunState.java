package com.byoconboard.provisioning;

/** The state of an onboarding's provisioning run as a whole. */
public enum RunState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED, TEARING_DOWN, TORN_DOWN;

}
