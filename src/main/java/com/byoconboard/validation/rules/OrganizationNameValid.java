package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * ACC-003: the organization name is present and without markup; its length limit (LIM-002) and invisible characters
 * such as a right-to-left override (TXT-001) are checked, and refused on save, with every other text.
 */
public final class OrganizationNameValid implements Rule {

    @Override
    public String id() {
        return "ACC-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String raw = inputs.account().organizationName();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.ORGANIZATION_NAME, "rule.ACC-003.required"));
        }
        if (raw.chars().anyMatch(c -> c == '<' || c == '>')) {
            return List.of(Finding.error(id(), InputField.ORGANIZATION_NAME, "rule.ACC-003.characters"));
        }
        if (!raw.equals(raw.strip())) {
            return List.of(Finding.warning(id(), InputField.ORGANIZATION_NAME, "rule.ACC-003.whitespace", raw.strip())
                    .withFix(Fix.correctedValue(raw.strip())));
        }
        return List.of();
    }
}
