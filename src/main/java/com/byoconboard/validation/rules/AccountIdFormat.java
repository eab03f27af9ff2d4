package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
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
        return AccountIds.check(id(), InputField.ACCOUNT_ID, inputs.account().accountId());
    }
}
