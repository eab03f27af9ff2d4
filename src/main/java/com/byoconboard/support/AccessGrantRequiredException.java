package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Support tried to act in a customer's account without the customer's approved, unexpired grant of the scope the
 * action needs. Support still sees the onboarding; it requests access (and the customer approves) to act.
 *
 * @param action the refused action, e.g. {@code VERIFY}
 */
public class AccessGrantRequiredException extends AccessDeniedException {

    private final OnboardingId onboardingId;
    private final String action;
    private final GrantScope needed;

    public AccessGrantRequiredException(OnboardingId onboardingId, String action, GrantScope needed) {
        super("Support needs an approved " + needed + " access grant of onboarding " + onboardingId + " to " + action
                + " in the customer's account: request access, and the customer approves it");
        this.onboardingId = onboardingId;
        this.action = action;
        this.needed = needed;
    }

    public OnboardingId onboardingId() {
        return onboardingId;
    }

    public String action() {
        return action;
    }

    public GrantScope needed() {
        return needed;
    }
}
