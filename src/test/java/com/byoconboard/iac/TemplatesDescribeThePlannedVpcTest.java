package com.byoconboard.iac;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.iac.cloudformation.Cfn;
import com.byoconboard.onboarding.OnboardingInputs.NatGateways;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What we show is what we build: the customer-managed VPC template describes exactly the network plan that
 * provisioning's network steps create (subnets with CIDRs and AZ IDs, NAT gateways, route tables with their default
 * route and subnets, the S3 endpoint's tables), for every allowed VPC size, several AZ sets and both NAT choices.
 */
class TemplatesDescribeThePlannedVpcTest {

    static Stream<Arguments> networks() {
        var all = new ArrayList<Arguments>();
        var azSets = List.of(List.of("use1-az1", "use1-az2", "use1-az4"), List.of("use1-az6", "use1-az3", "use1-az5"));
        for (int prefix = NetworkPlan.LARGEST_VPC_PREFIX; prefix <= NetworkPlan.SMALLEST_VPC_PREFIX; prefix++) {
            for (var azIds : azSets) {
                for (var nat : NatGateways.values()) {
                    all.add(Arguments.of((prefix % 2 == 0 ? "10.0.0.0/" : "172.16.0.0/") + prefix, azIds, nat));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}, NAT {2}")
    @MethodSource("networks")
    void theCloudFormationVpcIsThePlannedVpc(String cidr, List<String> azIds, NatGateways nat) {
        var onboarding = IacFixtures.onboarding(in -> IacFixtures.example().inputs()
                .withNetwork(n -> n.withVpcCidr(cidr).withAzIds(azIds).withNatGateways(nat)));
        var plan = ((NetworkPlan.Ready) NetworkPlan.of(onboarding.inputs().network())).plan();
        var artifacts = (VpcArtifacts.Ready) IacFixtures.GENERATOR.customerVpc(onboarding);
        var resources = Cfn.parse(artifacts.artifacts().cloudFormation().content()).get("Resources");

        assertThat(of(resources, "AWS::EC2::VPC").getFirst().get("Properties").get("CidrBlock").asString())
                .isEqualTo(plan.vpcCidr());
        assertThat(subnets(resources)).isEqualTo(plannedSubnets(plan));
        assertThat(natGatewayAzs(resources)).isEqualTo(plan.natGateways().stream().map(n -> n.zone().azId())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(routeTables(resources)).isEqualTo(plannedRouteTables(plan));
        var endpoint = of(resources, "AWS::EC2::VPCEndpoint").getFirst().get("Properties");
        assertThat(refs(endpoint.get("RouteTableIds")).stream().map(t -> tableName(resources, t)).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(plan.s3EndpointRouteTables()));
    }

    @ParameterizedTest(name = "{0} in {1}, NAT {2}")
    @MethodSource("networks")
    void theTerraformModulesDefaultsAreThePlannedVpc(String cidr, List<String> azIds, NatGateways nat) {
        var onboarding = IacFixtures.onboarding(in -> IacFixtures.example().inputs()
                .withNetwork(n -> n.withVpcCidr(cidr).withAzIds(azIds).withNatGateways(nat)));
        var plan = ((NetworkPlan.Ready) NetworkPlan.of(onboarding.inputs().network())).plan();
        var artifacts = (VpcArtifacts.Ready) IacFixtures.GENERATOR.customerVpc(onboarding);
        String variables = artifacts.artifacts().terraform().stream()
                .filter(f -> f.path().endsWith("customer-vpc/variables.tf")).findFirst().orElseThrow().content();

        // The module builds exactly its variables (main.tf computes no address): their defaults are the plan.
        var zones = new ArrayList<String>();
        var zone = java.util.regex.Pattern.compile("\"(\\d)\" = \\{\\s*az_id\\s*= \"([^\"]+)\"\\s*private_cidr = \"([^\"]+)\""
                + "\\s*public_cidr\\s*= \"([^\"]+)\"").matcher(variables);
        while (zone.find()) {
            zones.add(zone.group(1) + " " + zone.group(2) + " " + zone.group(3) + " " + zone.group(4));
        }
        assertThat(zones).containsExactlyElementsOf(plan.zones().stream()
                .map(z -> z.number() + " " + z.azId() + " " + z.privateCidr() + " " + z.publicCidr()).toList());
        assertThat(variables).contains("default     = \"" + plan.vpcCidr() + "\"")
                .contains("default     = " + (nat == NatGateways.ONE_PER_AZ));
    }

    /** "private use1-az1 10.0.0.0/18", one per subnet. */
    private static Set<String> subnets(JsonNode resources) {
        var found = new TreeSet<String>();
        resources.properties().forEach(r -> {
            if (r.getValue().get("Type").asString().equals("AWS::EC2::Subnet")) {
                var p = r.getValue().get("Properties");
                found.add(tier(r.getKey()) + " " + p.get("AvailabilityZoneId").asString() + " " + p.get("CidrBlock").asString());
            }
        });
        return found;
    }

    private static Set<String> plannedSubnets(NetworkPlan plan) {
        var planned = new TreeSet<String>();
        plan.zones().forEach(z -> {
            planned.add("private " + z.azId() + " " + z.privateCidr());
            planned.add("public " + z.azId() + " " + z.publicCidr());
        });
        return planned;
    }

    private static Set<String> natGatewayAzs(JsonNode resources) {
        return of(resources, "AWS::EC2::NatGateway").stream()
                .map(n -> resources.get(n.get("Properties").get("SubnetId").get("Ref").asString()).get("Properties")
                        .get("AvailabilityZoneId").asString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Route table name → "default target | subnets", the target as "igw" or the NAT gateway's AZ. */
    private static Map<String, String> routeTables(JsonNode resources) {
        var tables = new TreeMap<String, String>();
        resources.properties().forEach(r -> {
            if (r.getValue().get("Type").asString().equals("AWS::EC2::RouteTable")) {
                String id = r.getKey();
                var route = resources.properties().stream().map(Map.Entry::getValue)
                        .filter(v -> v.get("Type").asString().equals("AWS::EC2::Route")
                                && v.get("Properties").get("RouteTableId").get("Ref").asString().equals(id))
                        .findFirst().orElseThrow().get("Properties");
                String target = route.has("GatewayId") ? "igw" : resources.get(resources.get(route.get("NatGatewayId")
                        .get("Ref").asString()).get("Properties").get("SubnetId").get("Ref").asString())
                        .get("Properties").get("AvailabilityZoneId").asString();
                var subnets = resources.properties().stream().map(Map.Entry::getValue)
                        .filter(v -> v.get("Type").asString().equals("AWS::EC2::SubnetRouteTableAssociation")
                                && v.get("Properties").get("RouteTableId").get("Ref").asString().equals(id))
                        .map(v -> v.get("Properties").get("SubnetId").get("Ref").asString())
                        .map(s -> tier(s) + "-" + resources.get(s).get("Properties").get("AvailabilityZoneId").asString())
                        .collect(Collectors.toCollection(TreeSet::new));
                tables.put(tableName(resources, id), target + " | " + subnets);
            }
        });
        return tables;
    }

    private static Map<String, String> plannedRouteTables(NetworkPlan plan) {
        var tables = new TreeMap<String, String>();
        for (var table : plan.routeTables()) {
            String target = switch (table.defaultRoute()) {
                case NetworkPlan.ViaInternetGateway() -> "igw";
                case NetworkPlan.ViaNatGateway(var nat) -> nat.zone().azId();
            };
            var subnets = table.subnets().stream().map(s -> s.replace("subnet-", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            tables.put(table.logicalName(), target + " | " + subnets);
        }
        return tables;
    }

    /** The plan's name of a route table, read from its Name tag (…-rtb-private-use1-az1 → rtb-private-use1-az1). */
    private static String tableName(JsonNode resources, String logicalId) {
        for (JsonNode tag : resources.get(logicalId).get("Properties").get("Tags")) {
            if (tag.get("Key").asString().equals("Name")) {
                String name = tag.get("Value").asString();
                return name.substring(name.indexOf("-rtb-") + 1);
            }
        }
        throw new IllegalStateException(logicalId + " has no Name tag");
    }

    private static String tier(String logicalId) {
        return logicalId.startsWith("Private") ? "private" : "public";
    }

    private static List<JsonNode> of(JsonNode resources, String type) {
        var found = new ArrayList<JsonNode>();
        resources.forEach(r -> {
            if (r.get("Type").asString().equals(type)) {
                found.add(r);
            }
        });
        return found;
    }

    private static List<String> refs(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(item -> ids.add(item.get("Ref").asString()));
        return ids;
    }
}
