package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** EVPC-005: each private subnet names its AZ by AZ ID, one of the chosen region. */
public final class SubnetAzIdInRegion implements Rule {

    @Override
    public String id() {
        return "EVPC-005";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        var subnets = inputs.network().existingSubnets();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            String field = InputField.existingSubnet(i, "azId");
            String az = subnets.get(i).azId();
            if (az.isBlank()) {
                findings.add(Finding.error(id(), field, "rule.EVPC-005.required"));
            } else {
                AzIds.check(id(), field, az, inputs.region(), context.azCatalog()).ifPresent(findings::add);
            }
        }
        return findings;
    }
}
