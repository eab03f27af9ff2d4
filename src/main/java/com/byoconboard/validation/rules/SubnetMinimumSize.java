package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** EVPC-007: each private subnet is /23 or larger (512 addresses), because EKS gives every pod a VPC address. */
public final class SubnetMinimumSize implements AccountRule {

    @Override
    public String id() {
        return "EVPC-007";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return ExistingVpc.eachSubnet(inputs, (index, subnet) -> {
            var network = ExistingVpc.subnetNetwork(subnet);
            if (network.isEmpty() || network.get().getNetworkPrefixLength() <= SubnetPlanner.SUBNET_PREFIX) {
                return List.of();
            }
            var finding = Finding.error(id(), InputField.existingSubnet(index, "cidr"), "rule.EVPC-007.tooSmall",
                    network.get().toCanonicalString(), network.get().getNetworkPrefixLength());
            String az = subnet.azId().isBlank() ? "<az-id>" : subnet.azId().strip();
            var free = ExistingVpc.vpcNetwork(inputs)
                    .map(vpc -> SubnetPlanner.freeSubnets(vpc, ExistingVpc.takenNetworks(inputs), 1))
                    .orElse(List.of());
            return List.of(free.isEmpty() ? finding
                    : finding.withFix(Fix.awsCli(ExistingVpc.createSubnetCommand(inputs, az, free.getFirst()))));
        });
    }
}
