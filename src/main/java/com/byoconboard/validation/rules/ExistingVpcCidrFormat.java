package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-002: the existing VPC's primary IPv4 CIDR is given, so that subnets and peers can be checked against it. */
public final class ExistingVpcCidrFormat implements Rule {

    @Override
    public String id() {
        return "EVPC-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        String raw = inputs.network().existingVpcCidr();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.EXISTING_VPC_CIDR, "rule.EVPC-002.required").withFix(Fix.awsCli(
                    "aws ec2 describe-vpcs --region " + ExistingVpc.regionForCommand(inputs) + " --vpc-ids "
                            + ExistingVpc.vpcIdForCommand(inputs) + " --query \"Vpcs[0].CidrBlock\" --output text")));
        }
        List<Finding> syntax = CidrText.check(id(), InputField.EXISTING_VPC_CIDR, raw);
        if (!syntax.isEmpty()) {
            return syntax;
        }
        return ExistingVpc.vpcNetwork(inputs)
                .filter(n -> n.getNetworkPrefixLength() < VpcCidrPrefixSize.LARGEST || n.getNetworkPrefixLength() > AWS_SMALLEST)
                .map(n -> List.of(Finding.error(id(), InputField.EXISTING_VPC_CIDR, "rule.EVPC-002.awsLimits", n.toCanonicalString())))
                .orElse(List.of());
    }

    /** The smallest VPC AWS creates. */
    private static final int AWS_SMALLEST = 28;
}
