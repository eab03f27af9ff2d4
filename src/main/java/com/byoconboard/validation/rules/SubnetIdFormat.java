package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** EVPC-003: each private subnet is named by its subnet ID, subnet- followed by 8 or 17 hex digits, each given once. */
public final class SubnetIdFormat implements Rule {

    @Override
    public String id() {
        return "EVPC-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        var subnets = inputs.network().existingSubnets();
        List<Finding> findings = new ArrayList<>();
        var firstRow = new HashMap<String, Integer>();
        for (int i = 0; i < subnets.size(); i++) {
            String field = InputField.existingSubnet(i, "subnetId");
            String subnetId = subnets.get(i).subnetId();
            List<Finding> format = ResourceIds.check(id(), field, "subnet", subnetId);
            findings.addAll(format);
            Integer first = firstRow.putIfAbsent(subnetId.strip(), i);
            if (format.isEmpty() && first != null) {
                findings.add(Finding.error(id(), field, "rule.EVPC-003.duplicate", subnetId, first + 1));
            }
        }
        return findings;
    }
}
