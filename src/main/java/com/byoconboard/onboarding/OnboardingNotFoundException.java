package com.byoconboard.onboarding;

/** No onboarding with this id exists in the caller's organization (another organization's looks the same). */
public class OnboardingNotFoundException extends RuntimeException {

    public OnboardingNotFoundException(OnboardingId id) {
        super("No onboarding " + id + " in this organization");
    }
}
