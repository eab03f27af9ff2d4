package com.byoconboard.onboarding;

/** An action was asked for that the onboarding's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final OnboardingState from;
    private final OnboardingState to;

    public IllegalTransitionException(OnboardingState from, OnboardingState to) {
        super("An onboarding in state " + from + " cannot move to " + to + "; from " + from + " it may only move to "
                + (from.next().isEmpty() ? "nothing (final state)" : from.next()));
        this.from = from;
        this.to = to;
    }

    public OnboardingState from() {
        return from;
    }

    public OnboardingState to() {
        return to;
    }
}
