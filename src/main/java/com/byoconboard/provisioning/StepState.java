package com.byoconboard.provisioning;

/** Where one step of a run stands; QUEUED means handed to the job engine, shown to people as waiting. */
public enum StepState {
    WAITING, QUEUED, RUNNING, DONE, FAILED, SKIPPED;

    /** Done or skipped: steps that depend on it may start. */
    public boolean settled() {
        return this == DONE || this == SKIPPED;
    }
}
