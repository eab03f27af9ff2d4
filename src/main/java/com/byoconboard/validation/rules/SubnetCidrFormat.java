package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-006: each private subnet gives its IPv4 CIDR, e.g. 10.0.0.0/23. */
public final class SubnetCidrFormat implements Rule {

    @Override
    public String id() {
        return "EVPC-006";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return ExistingVpc.eachSubnet(inputs,
                (index, subnet) -> CidrText.check(id(), InputField.existingSubnet(index, "cidr"), subnet.cidr()));
    }
}
