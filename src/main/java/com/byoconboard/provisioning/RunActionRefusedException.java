package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;

/**
 * A run action the run's state does not allow now (retry of a running run, tear down before any run); the message
 * names the state and the actions that are open instead.
 */
public class RunActionRefusedException extends IllegalStateException {

    private final RunAction action;
    private final RunState run;
    private final OnboardingState onboarding;
    private final RunActions open;

    RunActionRefusedException(OnboardingId id, RunAction action, OnboardingState onboarding, RunState run, RunActions open) {
        super("Cannot " + action + " the provisioning run of " + id + ": the run is " + (run == null ? "not started" : run)
                + " and the onboarding " + onboarding + "; open now: " + (open.allowed().isEmpty() ? "none" : open.allowed()));
        this.action = action;
        this.run = run;
        this.onboarding = onboarding;
        this.open = open;
    }

    public RunAction action() {
        return action;
    }

    /** The run's state when refused; null while there is no run. */
    public RunState run() {
        return run;
    }

    public OnboardingState onboarding() {
        return onboarding;
    }

    public RunActions open() {
        return open;
    }
}
