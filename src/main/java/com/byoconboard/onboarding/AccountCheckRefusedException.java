package com.byoconboard.onboarding;

import java.util.List;

/** Submit was refused because pre-flight in the customer's account still fails. */
public class AccountCheckRefusedException extends RuntimeException {

    private final List<String> failingChecks;

    public AccountCheckRefusedException(List<String> failingChecks) {
        super("Submission refused, pre-flight checks still failing: " + String.join(", ", failingChecks));
        this.failingChecks = List.copyOf(failingChecks);
    }

    public List<String> failingChecks() {
        return failingChecks;
    }
}
