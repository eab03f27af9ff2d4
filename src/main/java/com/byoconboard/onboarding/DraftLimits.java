package com.byoconboard.onboarding;

import java.util.List;

/**
 * The server-side gate on every save of a draft: inputs beyond the limits (list sizes, text lengths, invisible
 * characters) are refused, not stored, whatever the browser or API client did. Implemented by the validation module,
 * so that this module does not depend on the rules.
 */
public interface DraftLimits {

    /** Rule IDs of every limit these inputs break; empty when they may be stored. */
    List<String> refusingRuleIds(OnboardingInputs inputs);
}
