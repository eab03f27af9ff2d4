package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.AccountRule;
import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import com.byoconboard.validation.ExistingVpcFacts.SubnetFacts;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.RuleContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * EVPC-011: each private subnet's route table sends 0.0.0.0/0 out of the VPC, so that nodes reach AWS APIs and the
 * vendor. Routes cannot be typed, so it says nothing in the wizard and judges the account's route tables in pre-flight.
 */
public final class PrivateSubnetEgress implements AccountRule {

    /** Targets that carry traffic to the internet (a NAT or internet gateway) or on to where it can (a transit gateway, an appliance). */
    private static final Set<RouteTarget> EGRESS = EnumSet.of(RouteTarget.NAT_GATEWAY, RouteTarget.TRANSIT_GATEWAY,
            RouteTarget.NETWORK_INTERFACE, RouteTarget.INTERNET_GATEWAY);

    @Override
    public String id() {
        return "EVPC-011";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (!ExistingVpc.chosen(inputs)) {
            return List.of();
        }
        return context.account().map(facts -> inAccount(inputs, facts)).orElse(List.of());
    }

    private List<Finding> inAccount(OnboardingInputs inputs, ExistingVpcFacts facts) {
        List<SubnetFacts> closed = facts.subnets().stream().filter(s -> !EGRESS.contains(s.defaultRoute())).toList();
        if (closed.isEmpty()) {
            return List.of();
        }
        String commands = closed.stream().map(s -> s.routeTableId().orElse("<route-table-id>")).distinct()
                .map(table -> "aws ec2 create-route --region " + ExistingVpc.regionForCommand(inputs) + " --route-table-id "
                        + table + " --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway-id>")
                .collect(Collectors.joining("\n"));
        String subnets = closed.stream().map(SubnetFacts::subnetId).collect(Collectors.joining(", "));
        return List.of(Finding.error(id(), InputField.EXISTING_SUBNETS, "rule.EVPC-011.noEgress", subnets)
                .withFix(Fix.awsCli(commands)));
    }
}
