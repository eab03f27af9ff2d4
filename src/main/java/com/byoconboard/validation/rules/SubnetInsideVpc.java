package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-008: each private subnet lies inside the existing VPC's CIDR. */
public final class SubnetInsideVpc implements AccountRule {

    @Override
    public String id() {
        return "EVPC-008";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var vpc = ExistingVpc.vpcNetwork(inputs);
        if (vpc.isEmpty()) {
            return List.of();
        }
        return ExistingVpc.eachSubnet(inputs, (index, subnet) -> ExistingVpc.subnetNetwork(subnet)
                .filter(n -> !vpc.get().contains(n))
                .map(n -> Finding.error(id(), InputField.existingSubnet(index, "cidr"), "rule.EVPC-008.outside",
                        n.toCanonicalString(), vpc.get().toCanonicalString()))
                .stream().toList());
    }
}
