package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-001: an existing VPC is named by its VPC ID, vpc- followed by 8 or 17 hex digits. */
public final class ExistingVpcIdFormat implements Rule {

    @Override
    public String id() {
        return "EVPC-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        return ResourceIds.check(id(), InputField.EXISTING_VPC_ID, "vpc", inputs.network().existingVpcId());
    }
}
