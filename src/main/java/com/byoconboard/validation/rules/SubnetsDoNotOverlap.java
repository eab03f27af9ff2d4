package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-009: no two private subnets overlap (two rows naming one subnet are caught by EVPC-003). */
public final class SubnetsDoNotOverlap implements AccountRule {

    @Override
    public String id() {
        return "EVPC-009";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        List<String> cidrs = inputs.network().existingSubnets().stream().map(ExistingSubnet::cidr).toList();
        return ExistingVpc.eachSubnet(inputs, (index, subnet) -> ExistingVpc.subnetNetwork(subnet)
                .flatMap(later -> Cidrs.firstOverlapBefore(cidrs, index, later)
                        .map(earlier -> Finding.error(id(), InputField.existingSubnet(index, "cidr"), "rule.EVPC-009.overlap",
                                later.toCanonicalString(), earlier.network().toCanonicalString(), earlier.index() + 1)))
                .stream().toList());
    }
}
