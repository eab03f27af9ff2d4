package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.AccountKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** ACC-004: a shared account usually means bringing an existing VPC; say so when a new VPC is chosen in one. */
public final class SharedAccountNote implements Rule {

    @Override
    public String id() {
        return "ACC-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.account().kind() == AccountKind.SHARED && inputs.network().mode() == VpcMode.NEW_VPC) {
            return List.of(Finding.info(id(), InputField.ACCOUNT_KIND, "rule.ACC-004.sharedNewVpc"));
        }
        return List.of();
    }
}
