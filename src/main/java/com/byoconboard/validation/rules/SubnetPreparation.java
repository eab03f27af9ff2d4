package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.ExistingVpcFacts.SubnetFacts;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * EVPC-010: the existing subnets need the internal-elb tag and the VPC an S3 gateway endpoint. While typing neither
 * can be seen, so it is a reminder with the commands; in the account it names what is missing.
 */
public final class SubnetPreparation implements AccountRule {

    @Override
    public String id() {
        return "EVPC-010";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        return context.account().map(facts -> inAccount(inputs, facts)).orElseGet(() -> reminder(inputs));
    }

    private List<Finding> reminder(OnboardingInputs inputs) {
        List<String> subnetIds = inputs.network().existingSubnets().stream().map(s -> s.subnetId().strip())
                .filter(s -> ResourceIds.valid("subnet", s)).distinct().toList();
        if (subnetIds.isEmpty()) {
            return List.of();
        }
        String commands = ExistingVpc.createTagsCommand(inputs, subnetIds) + "\n"
                + ExistingVpc.createS3EndpointCommand(inputs, List.of());
        return List.of(Finding.info(id(), InputField.EXISTING_SUBNETS, "rule.EVPC-010.prepare").withFix(Fix.awsCli(commands)));
    }

    private List<Finding> inAccount(OnboardingInputs inputs, ExistingVpcFacts facts) {
        List<Finding> findings = new ArrayList<>();
        List<String> untagged = facts.subnets().stream().filter(s -> !s.internalElbTag()).map(SubnetFacts::subnetId).toList();
        if (!untagged.isEmpty()) {
            findings.add(Finding.error(id(), InputField.EXISTING_SUBNETS, "rule.EVPC-010.untagged", String.join(", ", untagged))
                    .withFix(Fix.awsCli(ExistingVpc.createTagsCommand(inputs, untagged))));
        }
        if (facts.s3GatewayEndpointIds().isEmpty()) {
            findings.add(Finding.error(id(), InputField.EXISTING_VPC_ID, "rule.EVPC-010.noS3Endpoint", facts.vpcId())
                    .withFix(Fix.awsCli(ExistingVpc.createS3EndpointCommand(inputs, facts.privateRouteTableIds()))));
        }
        return findings;
    }
}
