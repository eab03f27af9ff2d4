package com.byoconboard.onboarding;

/**
 * The inputs may not change in this state: they are frozen from submit until support asks for changes, and for
 * good once provisioning started (region and VPC CIDR of real infrastructure cannot change).
 */
public class InputsFrozenException extends RuntimeException {

    private final OnboardingState state;

    public InputsFrozenException(OnboardingState state) {
        super("The inputs of an onboarding in state " + state + " cannot be changed"
                + (state.infrastructureMayExist() ? "; region and VPC CIDR are fixed once provisioning started" : ""));
        this.state = state;
    }

    public OnboardingState state() {
        return state;
    }
}
