package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * ROLE-004: a role without VPC write cannot build a new VPC, so that choice needs an existing VPC. Shown on both
 * steps, since either choice can be changed to fix it.
 */
public final class NewVpcNeedsVpcWrite implements Rule {

    @Override
    public String id() {
        return "ROLE-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.bootstrapRole().allowVpcWrite() || inputs.network().mode() != VpcMode.NEW_VPC) {
            return List.of();
        }
        return List.of(Finding.error(id(), InputField.ALLOW_VPC_WRITE, "rule.ROLE-004.onRole"),
                Finding.error(id(), InputField.VPC_MODE, "rule.ROLE-004.onNetwork"));
    }
}
