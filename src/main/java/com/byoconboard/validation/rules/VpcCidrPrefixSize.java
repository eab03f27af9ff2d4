package com.byoconboard.validation.rules;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * NET-002: the new VPC's prefix is /16 to /21: no larger than AWS allows, and large enough that each AZ's private
 * subnet (a quarter of the VPC, see the network plan) gets the /23 the guide asks for.
 */
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
                return List.of(Finding.error(id(), InputField.VPC_CIDR, "rule.NET-002.tooSmall", prefix, larger, SMALLEST,
                                NetworkPlan.SMALLEST_SUBNET_PREFIX)
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

    static final int LARGEST = NetworkPlan.LARGEST_VPC_PREFIX;
    static final int SMALLEST = NetworkPlan.SMALLEST_VPC_PREFIX;
}
