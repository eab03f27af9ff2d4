package com.byoconboard.iac.cloudformation;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.iac.model.CustomerVpc;
import com.byoconboard.iac.model.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.cloudformation.Cfn.array;
import static com.byoconboard.iac.cloudformation.Cfn.object;
import static com.byoconboard.iac.cloudformation.Cfn.ref;

/**
 * Writes the customer-managed VPC as a CloudFormation template, resource for resource the network plan:
 * subnets by {@code AvailabilityZoneId} (never by AZ name), the NAT gateways the customer chose, one public and
 * one private route table per AZ, and the S3 gateway endpoint on the private tables.
 */
public final class VpcTemplate {

    private VpcTemplate() {
    }

    public static String render(CustomerVpc vpc, String organizationName) {
        NetworkPlan plan = vpc.plan();
        var template = object().put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", Cfn.description("Customer-managed VPC for the vendor's BYOC deployment", organizationName));
        var r = object();
        r.set("Vpc", resource("AWS::EC2::VPC", props(
                "CidrBlock", plan.vpcCidr(), "EnableDnsSupport", true, "EnableDnsHostnames", true,
                "Tags", tags(vpc, "vpc", Map.of()))));
        r.set("InternetGateway", resource("AWS::EC2::InternetGateway", props("Tags", tags(vpc, "igw", Map.of()))));
        r.set("InternetGatewayAttachment", resource("AWS::EC2::VPCGatewayAttachment", props(
                "VpcId", ref("Vpc"), "InternetGatewayId", ref("InternetGateway"))));
        for (var zone : plan.zones()) {
            int n = zone.number();
            r.set("PublicSubnet" + n, resource("AWS::EC2::Subnet", props(
                    "VpcId", ref("Vpc"), "CidrBlock", zone.publicCidr(), "AvailabilityZoneId", zone.azId(),
                    "MapPublicIpOnLaunch", true,
                    "Tags", tags(vpc, "public-" + zone.azId(), Map.of(ResourceNames.PUBLIC_ELB_TAG, "1")))));
            r.set("PrivateSubnet" + n, resource("AWS::EC2::Subnet", props(
                    "VpcId", ref("Vpc"), "CidrBlock", zone.privateCidr(), "AvailabilityZoneId", zone.azId(),
                    "Tags", tags(vpc, "private-" + zone.azId(), Map.of(ResourceNames.INTERNAL_ELB_TAG, "1")))));
        }
        for (var nat : plan.natGateways()) {
            int n = nat.zone().number();
            r.set("NatEip" + n, resource("AWS::EC2::EIP", props(
                    "Domain", "vpc", "Tags", tags(vpc, nat.elasticIp(), Map.of())))
                    .put("DependsOn", "InternetGatewayAttachment"));
            r.set("NatGateway" + n, resource("AWS::EC2::NatGateway", props(
                    "AllocationId", Cfn.getAtt("NatEip" + n, "AllocationId"), "SubnetId", ref("PublicSubnet" + n),
                    "Tags", tags(vpc, nat.logicalName(), Map.of()))));
        }
        for (var table : plan.routeTables()) {
            String id = routeTableId(plan, table);
            r.set(id, resource("AWS::EC2::RouteTable", props("VpcId", ref("Vpc"), "Tags",
                    tags(vpc, table.logicalName(), Map.of()))));
            var route = switch (table.defaultRoute()) {
                case NetworkPlan.ViaInternetGateway() -> resource("AWS::EC2::Route", props(
                        "RouteTableId", ref(id), "DestinationCidrBlock", "0.0.0.0/0", "GatewayId", ref("InternetGateway")))
                        .put("DependsOn", "InternetGatewayAttachment");
                case NetworkPlan.ViaNatGateway(var nat) -> resource("AWS::EC2::Route", props(
                        "RouteTableId", ref(id), "DestinationCidrBlock", "0.0.0.0/0",
                        "NatGatewayId", ref("NatGateway" + nat.zone().number())));
            };
            r.set(id + "DefaultRoute", route);
            for (String subnet : table.subnets()) {
                String subnetId = subnetId(plan, subnet);
                r.set(subnetId + "RouteTableAssociation", resource("AWS::EC2::SubnetRouteTableAssociation",
                        props("SubnetId", ref(subnetId), "RouteTableId", ref(id))));
            }
        }
        var privateTables = plan.routeTables().stream().filter(t -> plan.s3EndpointRouteTables().contains(t.logicalName()))
                .map(t -> ref(routeTableId(plan, t))).toList();
        r.set("S3GatewayEndpoint", resource("AWS::EC2::VPCEndpoint", props(
                "VpcId", ref("Vpc"), "ServiceName", Cfn.text(Text.concat("com.amazonaws.", new Text.RegionRef(), ".s3")),
                "VpcEndpointType", "Gateway", "RouteTableIds", array(privateTables))));
        template.set("Resources", r);

        var outputs = object();
        outputs.set("VpcId", output("ID of the VPC.", ref("Vpc")));
        outputs.set("PrivateSubnetIds", output("IDs of the private subnets, one per AZ ID; enter them in the wizard.",
                join(plan.zones().stream().map(z -> ref("PrivateSubnet" + z.number())).toList())));
        outputs.set("PublicSubnetIds", output("IDs of the public subnets that hold the NAT gateways.",
                join(plan.zones().stream().map(z -> ref("PublicSubnet" + z.number())).toList())));
        template.set("Outputs", outputs);
        return Cfn.yaml(template);
    }

    /** {@code PublicRouteTable}, or {@code PrivateRouteTable<n>} for the private table of zone n. */
    private static String routeTableId(NetworkPlan plan, NetworkPlan.RouteTable table) {
        return plan.zones().stream().filter(z -> z.privateRouteTable().equals(table.logicalName()))
                .findFirst().map(z -> "PrivateRouteTable" + z.number()).orElse("PublicRouteTable");
    }

    private static String subnetId(NetworkPlan plan, String logicalName) {
        for (var zone : plan.zones()) {
            if (zone.privateSubnet().equals(logicalName)) {
                return "PrivateSubnet" + zone.number();
            }
            if (zone.publicSubnet().equals(logicalName)) {
                return "PublicSubnet" + zone.number();
            }
        }
        throw new IllegalArgumentException("Not a subnet of the plan: " + logicalName);
    }

    private static ObjectNode resource(String type, ObjectNode properties) {
        var node = object().put("Type", type);
        node.set("Properties", properties);
        return node;
    }

    /** Properties from alternating names and values (strings, booleans or nodes), in order. */
    private static ObjectNode props(Object... namesAndValues) {
        var node = object();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            switch (namesAndValues[i + 1]) {
                case String s -> node.put(name, s);
                case Boolean b -> node.put(name, b);
                case JsonNode n -> node.set(name, n);
                default -> throw new IllegalArgumentException(name);
            }
        }
        return node;
    }

    private static JsonNode tags(CustomerVpc vpc, String nameSuffix, Map<String, String> extra) {
        var all = new LinkedHashMap<String, Text>();
        vpc.tags().forEach((k, v) -> all.put(k, Text.of(v)));
        all.put("Name", Text.of(vpc.name(nameSuffix)));
        extra.forEach((k, v) -> all.put(k, Text.of(v)));
        return Cfn.tags(all);
    }

    private static ObjectNode output(String description, JsonNode value) {
        var node = object().put("Description", description);
        node.set("Value", value);
        return node;
    }

    private static ObjectNode join(List<ObjectNode> values) {
        var args = array(List.of());
        args.add(",");
        args.add(array(values));
        return Cfn.single("Fn::Join", args);
    }
}
