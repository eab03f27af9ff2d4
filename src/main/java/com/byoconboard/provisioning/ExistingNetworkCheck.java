package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import com.byoconboard.validation.ExistingVpcFacts.SubnetFacts;
import com.byoconboard.validation.OnboardingValidator;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pre-flight of a customer-managed VPC: reads what the account holds (the VPC, the listed subnets, their tags and
 * route tables, the S3 gateway endpoint) and lets the guide's rules judge it, one check per rule, so that pre-flight
 * and the wizard answer with the same rule IDs, messages and fixes. Only what no rule can judge, a VPC or subnet
 * that does not exist, is a check of its own.
 */
final class ExistingNetworkCheck {

    private final OnboardingValidator validator;

    ExistingNetworkCheck(OnboardingValidator validator) {
        this.validator = validator;
    }

    /** The checks, and the VPC as read from the account (empty when the VPC does not exist). */
    record Outcome(List<CheckResult> checks, Optional<ExistingVpcFacts> facts) {
    }

    Outcome run(CustomerAccount account, Onboarding o) {
        Ec2Client ec2 = account.ec2();
        String region = o.inputs().region();
        String vpcId = o.inputs().network().existingVpcId();
        var results = new ArrayList<CheckResult>();
        Optional<Vpc> vpc = Preflight.findVpc(ec2, vpcId);
        if (vpc.isEmpty()) {
            results.add(CheckResult.fail("existing-vpc", Message.of("provisioning.check.existing-vpc.fail", vpcId, region),
                    Message.of("provisioning.check.existing-vpc.fix")));
            return new Outcome(results, Optional.empty());
        }
        results.add(CheckResult.pass("existing-vpc", Message.of("provisioning.check.existing-vpc.pass", vpcId,
                vpc.get().cidrBlock())));

        Filter inVpc = Filter.builder().name("vpc-id").values(vpcId).build();
        Map<String, Subnet> actual = ec2.describeSubnets(r -> r.filters(inVpc)).subnets().stream()
                .collect(Collectors.toMap(Subnet::subnetId, s -> s));
        List<String> listed = o.inputs().network().existingSubnets().stream().map(ExistingSubnet::subnetId).toList();
        List<String> missing = listed.stream().filter(id -> !actual.containsKey(id)).toList();
        List<Subnet> found = listed.stream().map(actual::get).filter(Objects::nonNull).toList();
        String described = found.stream().map(s -> s.subnetId() + " (" + s.availabilityZoneId() + ", " + s.cidrBlock() + ")")
                .collect(Collectors.joining(", "));
        results.add(missing.isEmpty()
                ? CheckResult.pass("subnets-exist", Message.of("provisioning.check.subnets-exist.pass", described))
                : CheckResult.fail("subnets-exist", Message.of("provisioning.check.subnets-exist.fail",
                        String.join(", ", missing), vpcId), Message.of("provisioning.check.subnets-exist.fix")));

        List<RouteTable> tables = ec2.describeRouteTables(r -> r.filters(inVpc)).routeTables();
        // Filtered by VPC, service and type: moto answers a filter on vpc-endpoint-id with a server error.
        List<String> endpoints = ec2.describeVpcEndpoints(r -> r.filters(inVpc,
                        Filter.builder().name("service-name").values("com.amazonaws." + region + ".s3").build(),
                        Filter.builder().name("vpc-endpoint-type").values("Gateway").build())).vpcEndpoints().stream()
                .filter(e -> !"deleted".equalsIgnoreCase(e.stateAsString())).map(VpcEndpoint::vpcEndpointId).toList();
        var facts = new ExistingVpcFacts(vpcId, vpc.get().cidrBlock(),
                found.stream().map(s -> facts(s, tableOf(tables, s.subnetId()))).toList(), endpoints);

        var findings = validator.checkAgainstAccount(o.inputs(), facts).findings();
        validator.accountRules().forEach(rule -> results.add(CheckResult.ofRule(rule,
                findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList())));
        return new Outcome(results, Optional.of(facts));
    }

    private static SubnetFacts facts(Subnet s, Optional<RouteTable> table) {
        boolean tagged = s.tags().stream().anyMatch(t -> ResourceNames.INTERNAL_ELB_TAG.equals(t.key()) && "1".equals(t.value()));
        RouteTarget defaultRoute = table.flatMap(t -> t.routes().stream()
                        .filter(r -> "0.0.0.0/0".equals(r.destinationCidrBlock())).findFirst())
                .map(ExistingNetworkCheck::targetOf).orElse(RouteTarget.NONE);
        return new SubnetFacts(s.subnetId(), s.availabilityZoneId(), s.cidrBlock(), tagged,
                table.map(RouteTable::routeTableId), defaultRoute);
    }

    /** The table a subnet uses: the one associated with it, else the VPC's main table. */
    private static Optional<RouteTable> tableOf(List<RouteTable> tables, String subnetId) {
        return tables.stream().filter(t -> t.associations().stream().anyMatch(a -> subnetId.equals(a.subnetId())))
                .findFirst()
                .or(() -> tables.stream().filter(t -> t.associations().stream().anyMatch(a -> Boolean.TRUE.equals(a.main())))
                        .findFirst());
    }

    /** What kind of target a route names; AWS tells internet from virtual private gateways only by the ID's prefix. */
    private static RouteTarget targetOf(Route r) {
        if (r.natGatewayId() != null) {
            return RouteTarget.NAT_GATEWAY;
        }
        if (r.transitGatewayId() != null) {
            return RouteTarget.TRANSIT_GATEWAY;
        }
        if (r.networkInterfaceId() != null) {
            return RouteTarget.NETWORK_INTERFACE;
        }
        if (r.gatewayId() != null && r.gatewayId().startsWith("igw-")) {
            return RouteTarget.INTERNET_GATEWAY;
        }
        return RouteTarget.OTHER;
    }
}
