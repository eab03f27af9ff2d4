package com.byoconboard.validation.rules;

import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Optional;

/** What the existing-VPC rules share: whether the mode applies, the subnet rows, the parsed VPC and subnets, and AWS CLI lines. */
final class ExistingVpc {

    private ExistingVpc() {
    }

    static boolean chosen(OnboardingInputs inputs) {
        return inputs.network().mode() == VpcMode.EXISTING_VPC;
    }

    /** The findings of {@code check} for every subnet row, in row order; none unless an existing VPC is chosen. */
    static List<Finding> eachSubnet(OnboardingInputs inputs, Rows.Check<ExistingSubnet> check) {
        return chosen(inputs) ? Rows.each(inputs.network().existingSubnets(), check) : List.of();
    }

    static Optional<IPAddress> vpcNetwork(OnboardingInputs inputs) {
        return Cidrs.ipv4Network(inputs.network().existingVpcCidr());
    }

    static Optional<IPAddress> subnetNetwork(ExistingSubnet subnet) {
        return Cidrs.ipv4Network(subnet.cidr());
    }

    /** Every subnet CIDR that parses: room the planner must not hand out again. */
    static List<IPAddress> takenNetworks(OnboardingInputs inputs) {
        return inputs.network().existingSubnets().stream().flatMap(s -> subnetNetwork(s).stream()).toList();
    }

    /** The VPC ID for a command line, or a placeholder the customer fills in. */
    static String vpcIdForCommand(OnboardingInputs inputs) {
        String id = inputs.network().existingVpcId().strip();
        return ResourceIds.valid("vpc", id) ? id : "<vpc-id>";
    }

    static String regionForCommand(OnboardingInputs inputs) {
        return inputs.region().isBlank() ? "<region>" : inputs.region();
    }

    static String createSubnetCommand(OnboardingInputs inputs, String azId, IPAddress cidr) {
        return "aws ec2 create-subnet --region " + regionForCommand(inputs) + " --vpc-id " + vpcIdForCommand(inputs)
                + " --availability-zone-id " + azId + " --cidr-block " + cidr.toCanonicalString()
                + " --tag-specifications 'ResourceType=subnet,Tags=[{Key=" + ResourceNames.INTERNAL_ELB_TAG + ",Value=1}]'";
    }

    /** Tags the subnets for internal load balancers. */
    static String createTagsCommand(OnboardingInputs inputs, List<String> subnetIds) {
        return "aws ec2 create-tags --region " + regionForCommand(inputs) + " --resources " + String.join(" ", subnetIds)
                + " --tags Key=" + ResourceNames.INTERNAL_ELB_TAG + ",Value=1";
    }

    /** Creates the VPC's S3 gateway endpoint on the given route tables (a placeholder while they are unknown). */
    static String createS3EndpointCommand(OnboardingInputs inputs, List<String> routeTableIds) {
        String region = regionForCommand(inputs);
        return "aws ec2 create-vpc-endpoint --region " + region + " --vpc-id " + vpcIdForCommand(inputs)
                + " --vpc-endpoint-type Gateway --service-name com.amazonaws." + region + ".s3 --route-table-ids "
                + (routeTableIds.isEmpty() ? "<private-route-table-ids>" : String.join(" ", routeTableIds));
    }
}
