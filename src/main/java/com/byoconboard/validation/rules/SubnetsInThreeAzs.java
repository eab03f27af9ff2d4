package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** EVPC-004: an existing VPC hands over at least three private subnets in at least three distinct AZs; free room is proposed as create-subnet commands. */
public final class SubnetsInThreeAzs implements AccountRule {

    @Override
    public String id() {
        return "EVPC-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        var named = inputs.network().existingSubnets().stream().filter(s -> !s.subnetId().isBlank()).toList();
        Set<String> azs = named.stream().map(s -> s.azId().strip()).filter(az -> !az.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Finding finding;
        if (named.size() < REQUIRED) {
            finding = Finding.error(id(), InputField.EXISTING_SUBNETS, "rule.EVPC-004.tooFew", named.size());
        } else if (azs.size() < REQUIRED) {
            finding = Finding.error(id(), InputField.EXISTING_SUBNETS, "rule.EVPC-004.tooFewAzs", azs.size(),
                    String.join(", ", azs));
        } else {
            return List.of();
        }
        List<String> commands = suggestions(inputs, context);
        return List.of(commands.isEmpty() ? finding : finding.withFix(Fix.awsCli(String.join("\n", commands))));
    }

    static final int REQUIRED = 3;

    /** One create-subnet line per AZ still missing, in a free /23 of the VPC; none when the VPC CIDR is unknown. */
    private static List<String> suggestions(OnboardingInputs inputs, RuleContext context) {
        var vpc = ExistingVpc.vpcNetwork(inputs);
        if (vpc.isEmpty()) {
            return List.of();
        }
        Set<String> covered = inputs.network().existingSubnets().stream()
                .filter(s -> ExistingVpc.subnetNetwork(s).filter(n -> n.getNetworkPrefixLength() <= SubnetPlanner.SUBNET_PREFIX).isPresent())
                .map(s -> s.azId().strip()).filter(az -> !az.isEmpty()).collect(Collectors.toSet());
        int missing = REQUIRED - covered.size();
        List<String> azs = new ArrayList<>(context.azCatalog().azIds(inputs.region()).stream()
                .filter(az -> !covered.contains(az)).limit(missing).toList());
        while (azs.size() < missing) {
            azs.add("<az-id-" + (azs.size() + 1) + ">");
        }
        var free = SubnetPlanner.freeSubnets(vpc.get(), ExistingVpc.takenNetworks(inputs), missing);
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            commands.add(ExistingVpc.createSubnetCommand(inputs, azs.get(i), free.get(i)));
        }
        return commands;
    }
}
