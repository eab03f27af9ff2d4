package com.byoconboard.onboarding;

/** A day-2 change the rules accepted: the onboarding as it was, the kind, and the inputs it would have. */
public record ProposedChange(Onboarding onboarding, ChangeKind kind, OnboardingInputs inputs) {
}
