package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** REG-002: the region and the VPC CIDR cannot change after provisioning; a notice, never an error. */
public final class RegionAndCidrPermanent implements Rule {

    @Override
    public String id() {
        return "REG-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.region().isBlank()) {
            return List.of();
        }
        return List.of(Finding.info(id(), InputField.REGION, "rule.REG-002.permanent", inputs.region()));
    }
}
