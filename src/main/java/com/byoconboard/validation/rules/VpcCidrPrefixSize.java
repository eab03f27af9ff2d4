package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** NET-002: the new VPC's prefix is /16 to /22: no larger than AWS allows, large enough for three subnets per AZ. */
public final class VpcCidrPrefixSize implements Rule {

    @Override
    public String id() {
        return "NET-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.network().mode() != VpcMode.NEW_VPC) {
            return List.of();
        }
        return Cidrs.ipv4Network(inputs.network().vpcCidr()).map(network -> {
            int prefix = network.getNetworkPrefixLength();
            if (prefix > SMALLEST) {
                String larger = network.getLower().toPrefixBlock(SMALLEST).toCanonicalString();
                return List.of(Finding.error(id(), InputField.VPC_CIDR, "rule.NET-002.tooSmall", prefix, larger)
                        .withFix(Fix.correctedValue(larger)));
            }
            if (prefix < LARGEST) {
                String smaller = network.getLower().toPrefixBlock(LARGEST).toCanonicalString();
                return List.of(Finding.error(id(), InputField.VPC_CIDR, "rule.NET-002.tooLarge", prefix, smaller)
                        .withFix(Fix.correctedValue(smaller)));
            }
            return List.<Finding>of();
        }).orElse(List.of());
    }

    /** AWS's limit for a VPC's CIDR. */
    static final int LARGEST = 16;
    /** Three AZs with room for EKS nodes, pods and load balancers need at least 1,024 addresses. */
    static final int SMALLEST = 22;
}
