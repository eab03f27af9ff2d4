package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
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
            var finding = Finding.error(id(), InputField.REGION, "rule.REG-001.unsupported", region,
                    String.join(", ", context.supportedRegions()));
            // Typed rather than picked: " US-East-1" is a supported region in another spelling.
            return List.of(context.supportedRegions().stream()
                    .filter(r -> r.equalsIgnoreCase(region.strip()))
                    .findFirst().map(r -> finding.withFix(Fix.correctedValue(r))).orElse(finding));
        }
        return List.of();
    }
}
