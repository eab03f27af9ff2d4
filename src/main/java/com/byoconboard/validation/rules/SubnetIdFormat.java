package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

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
        var firstRow = new HashMap<String, Integer>();
        return ExistingVpc.eachSubnet(inputs, (index, subnet) -> {
            String field = InputField.existingSubnet(index, "subnetId");
            String subnetId = subnet.subnetId();
            List<Finding> format = ResourceIds.check(id(), field, "subnet", subnetId);
            Integer first = firstRow.putIfAbsent(subnetId.strip(), index);
            if (format.isEmpty() && first != null) {
                return List.of(Finding.error(id(), field, "rule.EVPC-003.duplicate", subnetId, first + 1));
            }
            return format;
        });
    }
}
