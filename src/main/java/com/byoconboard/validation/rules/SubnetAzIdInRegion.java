package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-005: each private subnet names its AZ by AZ ID, one of the chosen region. */
public final class SubnetAzIdInRegion implements AccountRule {

    @Override
    public String id() {
        return "EVPC-005";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return ExistingVpc.eachSubnet(inputs, (index, subnet) -> {
            String field = InputField.existingSubnet(index, "azId");
            String az = subnet.azId();
            if (az.isBlank()) {
                return List.of(Finding.error(id(), field, "rule.EVPC-005.required"));
            }
            return AzIds.check(id(), field, az, inputs.region(), context.azCatalog()).stream().toList();
        });
    }
}
