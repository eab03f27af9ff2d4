package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the guide tells an existing-VPC customer to e-mail support (account ID, region, VPC ID, subnet IDs and
 * their AZs), gathered from the inputs so that nobody copies IDs by hand.
 */
public record SupportHandover(String accountId, String region, String vpcId, List<Subnet> subnets) {

    /** One private subnet with its availability zone ID. */
    public record Subnet(String subnetId, String azId) {
    }

    /** Present only for an existing VPC: with a new VPC the vendor creates everything itself. */
    public static Optional<SupportHandover> of(OnboardingInputs inputs) {
        if (inputs.network().mode() != VpcMode.EXISTING_VPC) {
            return Optional.empty();
        }
        return Optional.of(new SupportHandover(inputs.account().accountId(), inputs.region(),
                inputs.network().existingVpcId(), inputs.network().existingSubnets().stream()
                .map(s -> new Subnet(s.subnetId(), s.azId())).toList()));
    }

    public List<String> availabilityZones() {
        return subnets.stream().map(Subnet::azId).distinct().toList();
    }

    /** One block to copy: a line per item, in the guide's order. */
    public String text() {
        return "AWS account ID: " + accountId + "\n"
                + "Region: " + region + "\n"
                + "VPC ID: " + vpcId + "\n"
                + "Subnet IDs: " + subnets.stream().map(Subnet::subnetId).collect(Collectors.joining(", ")) + "\n"
                + "Availability zones: " + String.join(", ", availabilityZones()) + "\n"
                + subnets.stream().map(s -> "  " + s.subnetId() + " in " + s.azId()).collect(Collectors.joining("\n"));
    }
}
