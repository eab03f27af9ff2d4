package com.byoconboard.onboarding;

import java.util.List;

/**
 * The server-side gate on submit: whatever the browser did, inputs with errors are refused. Implemented by
 * the validation module, so that this module does not depend on the rules.
 */
public interface SubmissionCheck {

    /** Rule IDs of every error that blocks submitting these inputs; empty when they may be submitted. */
    List<String> blockingRuleIds(OnboardingInputs inputs);
}
