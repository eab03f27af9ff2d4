package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** ROLE-002: the bootstrap role lives in the AWS account given on the Account step. */
public final class RoleInOnboardedAccount implements Rule {

    @Override
    public String id() {
        return "ROLE-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var arn = RoleArnFormat.ROLE_ARN.matcher(inputs.bootstrapRole().roleArn().strip());
        var account = AccountIds.normalise(inputs.account().accountId());
        if (!arn.matches() || account.isEmpty() || arn.group(1).equals(account.get())) {
            return List.of();
        }
        return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-002.otherAccount", arn.group(1), account.get()));
    }
}
