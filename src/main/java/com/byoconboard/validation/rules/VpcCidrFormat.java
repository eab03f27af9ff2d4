package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** NET-001: the new VPC's CIDR is an IPv4 network in CIDR notation, e.g. the default 10.0.0.0/16. */
public final class VpcCidrFormat implements Rule {

    @Override
    public String id() {
        return "NET-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.network().mode() != VpcMode.NEW_VPC) {
            return List.of();
        }
        String raw = inputs.network().vpcCidr();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.VPC_CIDR, "rule.NET-001.required", OnboardingInputs.DEFAULT_VPC_CIDR)
                    .withFix(Fix.correctedValue(OnboardingInputs.DEFAULT_VPC_CIDR)));
        }
        return CidrText.check(id(), InputField.VPC_CIDR, raw);
    }
}
