package com.byoconboard.onboarding;

import java.util.List;

/** Submit was refused because the inputs still break rules. */
public class SubmissionRefusedException extends RuntimeException {

    private final List<String> ruleIds;

    public SubmissionRefusedException(List<String> ruleIds) {
        super("Submission refused, rules still failing: " + String.join(", ", ruleIds));
        this.ruleIds = List.copyOf(ruleIds);
    }

    public List<String> ruleIds() {
        return ruleIds;
    }
}
