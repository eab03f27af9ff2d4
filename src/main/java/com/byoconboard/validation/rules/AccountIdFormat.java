package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** ACC-001: an AWS account ID is exactly 12 digits; spaces and dashes from a console copy are tolerated with a fix. */
public final class AccountIdFormat implements Rule {

    @Override
    public String id() {
        return "ACC-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String raw = inputs.account().accountId();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.ACCOUNT_ID, "rule.ACC-001.required"));
        }
        if (raw.matches("\\d{12}")) {
            return List.of();
        }
        String digits = raw.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{12}")) {
            return List.of(Finding.error(id(), InputField.ACCOUNT_ID, "rule.ACC-001.separators", digits)
                    .withFix(Fix.correctedValue(digits)));
        }
        return List.of(Finding.error(id(), InputField.ACCOUNT_ID, "rule.ACC-001.format", digits.length()));
    }
}
