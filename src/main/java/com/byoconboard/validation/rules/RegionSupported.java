package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** REG-001: the region must be one the vendor supports. */
public final class RegionSupported implements Rule {

    @Override
    public String id() {
        return "REG-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String region = inputs.region();
        if (region.isBlank()) {
            return List.of(Finding.error(id(), InputField.REGION, "rule.REG-001.required"));
        }
        if (!context.supportedRegions().contains(region)) {
            return List.of(Finding.error(id(), InputField.REGION, "rule.REG-001.unsupported", region,
                    String.join(", ", context.supportedRegions())));
        }
        return List.of();
    }
}
