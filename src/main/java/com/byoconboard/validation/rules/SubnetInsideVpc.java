package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** EVPC-008: each private subnet lies inside the existing VPC's CIDR. */
public final class SubnetInsideVpc implements Rule {

    @Override
    public String id() {
        return "EVPC-008";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var vpc = ExistingVpc.vpcNetwork(inputs);
        if (!ExistingVpc.chosen(inputs) || vpc.isEmpty()) {
            return List.of();
        }
        var subnets = inputs.network().existingSubnets();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            int row = i;
            ExistingVpc.subnetNetwork(subnets.get(i)).filter(n -> !vpc.get().contains(n)).ifPresent(n ->
                    findings.add(Finding.error(id(), InputField.existingSubnet(row, "cidr"), "rule.EVPC-008.outside",
                            n.toCanonicalString(), vpc.get().toCanonicalString())));
        }
        return findings;
    }
}
