package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** AZ-002: every chosen AZ ID is an AZ ID (not an AZ name) of the chosen region. */
public final class AzIdsInRegion implements Rule {

    @Override
    public String id() {
        return "AZ-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.network().mode() != VpcMode.NEW_VPC) {
            return List.of();
        }
        return inputs.network().azIds().stream().map(String::strip).distinct()
                .flatMap(az -> AzIds.check(id(), InputField.AZ_IDS, az, inputs.region(), context.azCatalog()).stream())
                .toList();
    }
}
