package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-010: the existing subnets need the internal-elb tag and the VPC an S3 gateway endpoint; a reminder with the commands, since neither can be seen before the role is assumed. */
public final class SubnetPreparation implements Rule {

    @Override
    public String id() {
        return "EVPC-010";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        List<String> subnetIds = inputs.network().existingSubnets().stream().map(s -> s.subnetId().strip())
                .filter(s -> ResourceIds.valid("subnet", s)).distinct().toList();
        if (subnetIds.isEmpty()) {
            return List.of();
        }
        String region = ExistingVpc.regionForCommand(inputs);
        String vpcId = ExistingVpc.vpcIdForCommand(inputs);
        String commands = "aws ec2 create-tags --region " + region + " --resources " + String.join(" ", subnetIds)
                + " --tags Key=kubernetes.io/role/internal-elb,Value=1\n"
                + "aws ec2 create-vpc-endpoint --region " + region + " --vpc-id " + vpcId
                + " --vpc-endpoint-type Gateway --service-name com.amazonaws." + region
                + ".s3 --route-table-ids <private-route-table-ids>";
        return List.of(Finding.info(id(), InputField.EXISTING_SUBNETS, "rule.EVPC-010.prepare").withFix(Fix.awsCli(commands)));
    }
}
