package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** ALLOW-005: an empty allow-list is valid and means the public endpoint admits nobody: private access only. */
public final class PrivateAccessOnly implements Rule {

    @Override
    public String id() {
        return "ALLOW-005";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.connectivity().allowList().isEmpty()) {
            return List.of(Finding.info(id(), InputField.ALLOW_LIST, "rule.ALLOW-005.privateOnly"));
        }
        return List.of();
    }
}
