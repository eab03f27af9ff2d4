package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.stream.IntStream;

/** EVPC-006: each private subnet gives its IPv4 CIDR, e.g. 10.0.0.0/23. */
public final class SubnetCidrFormat implements Rule {

    @Override
    public String id() {
        return "EVPC-006";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        var subnets = inputs.network().existingSubnets();
        return IntStream.range(0, subnets.size())
                .mapToObj(i -> CidrText.check(id(), InputField.existingSubnet(i, "cidr"), subnets.get(i).cidr()))
                .flatMap(List::stream)
                .toList();
    }
}
