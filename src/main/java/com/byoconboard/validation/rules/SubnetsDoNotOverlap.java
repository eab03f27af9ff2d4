package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** EVPC-009: no two private subnets overlap (two rows naming one subnet are caught by EVPC-003). */
public final class SubnetsDoNotOverlap implements Rule {

    @Override
    public String id() {
        return "EVPC-009";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        var subnets = inputs.network().existingSubnets();
        List<Finding> findings = new ArrayList<>();
        for (int j = 1; j < subnets.size(); j++) {
            var later = ExistingVpc.subnetNetwork(subnets.get(j));
            for (int i = 0; i < j && later.isPresent(); i++) {
                var earlier = ExistingVpc.subnetNetwork(subnets.get(i));
                if (earlier.isPresent() && Cidrs.overlap(earlier.get(), later.get())) {
                    findings.add(Finding.error(id(), InputField.existingSubnet(j, "cidr"), "rule.EVPC-009.overlap",
                            later.get().toCanonicalString(), earlier.get().toCanonicalString(), i + 1));
                    break;
                }
            }
        }
        return findings;
    }
}
