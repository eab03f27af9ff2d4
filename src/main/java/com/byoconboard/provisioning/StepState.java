package com.byoconboard.provisioning;

/**
 * Where one step of a run stands; QUEUED means handed to the job engine, shown to people as waiting.
 * WAITING_FOR_YOU: only the customer can move it on (e.g. accept a peering in their other account); we look again
 * from time to time.
 */
public enum StepState {
    WAITING, QUEUED, RUNNING, WAITING_FOR_YOU, DONE, FAILED, SKIPPED;

    /** Done or skipped: steps that depend on it may start. */
    public boolean settled() {
        return this == DONE || this == SKIPPED;
    }
}
