package com.byoconboard.validation;

import com.byoconboard.onboarding.OnboardingInputs;

import java.util.List;

/** One rule of the guide: a stable ID and a check that returns what it finds (nothing when the inputs are fine). */
public interface Rule {

    /** Stable ID such as {@code NET-004}; a changed meaning gets a new ID, never a silent edit. */
    String id();

    List<Finding> check(OnboardingInputs inputs, RuleContext context);

    /** The i18n key explaining the rule for the catalogue (docs/rules.md) and support. */
    default String descriptionKey() {
        return "rule." + id() + ".description";
    }
}
