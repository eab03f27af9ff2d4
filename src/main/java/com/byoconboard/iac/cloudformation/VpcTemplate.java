package com.byoconboard.iac.cloudformation;

import com.byoconboard.iac.model.Text;
import com.byoconboard.iac.model.VpcLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.cloudformation.Cfn.array;
import static com.byoconboard.iac.cloudformation.Cfn.object;
import static com.byoconboard.iac.cloudformation.Cfn.ref;

/**
 * Writes the customer-managed VPC as a CloudFormation template: subnets by {@code AvailabilityZoneId} (never
 * by AZ name), one NAT gateway and private route table per AZ, and the S3 gateway endpoint on those tables.
 */
public final class VpcTemplate {

    private VpcTemplate() {
    }

    public static String render(VpcLayout layout, String namePrefix, String organizationName) {
        var template = object().put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", Cfn.description("Customer-managed VPC for the vendor's BYOC deployment", organizationName));
        var r = object();
        r.set("Vpc", resource("AWS::EC2::VPC", props(
                "CidrBlock", layout.cidr(), "EnableDnsSupport", true, "EnableDnsHostnames", true,
                "Tags", tags(layout, namePrefix + "-vpc", Map.of()))));
        r.set("InternetGateway", resource("AWS::EC2::InternetGateway", props(
                "Tags", tags(layout, namePrefix + "-igw", Map.of()))));
        r.set("InternetGatewayAttachment", resource("AWS::EC2::VPCGatewayAttachment", props(
                "VpcId", ref("Vpc"), "InternetGatewayId", ref("InternetGateway"))));
        r.set("PublicRouteTable", resource("AWS::EC2::RouteTable", props(
                "VpcId", ref("Vpc"), "Tags", tags(layout, namePrefix + "-public", Map.of()))));
        r.set("PublicInternetRoute", resource("AWS::EC2::Route", props(
                "RouteTableId", ref("PublicRouteTable"), "DestinationCidrBlock", "0.0.0.0/0",
                "GatewayId", ref("InternetGateway")))
                .put("DependsOn", "InternetGatewayAttachment"));
        for (var subnet : layout.publicSubnets()) {
            int n = subnet.number();
            String name = namePrefix + "-public-" + n;
            r.set("PublicSubnet" + n, resource("AWS::EC2::Subnet", props(
                    "VpcId", ref("Vpc"), "CidrBlock", subnet.cidr(), "AvailabilityZoneId", subnet.azId(),
                    "MapPublicIpOnLaunch", true, "Tags", tags(layout, name, Map.of(VpcLayout.ELB_TAG, "1")))));
            r.set("PublicSubnet" + n + "RouteTableAssociation", resource("AWS::EC2::SubnetRouteTableAssociation",
                    props("SubnetId", ref("PublicSubnet" + n), "RouteTableId", ref("PublicRouteTable"))));
            r.set("NatEip" + n, resource("AWS::EC2::EIP", props(
                    "Domain", "vpc", "Tags", tags(layout, name + "-nat", Map.of())))
                    .put("DependsOn", "InternetGatewayAttachment"));
            r.set("NatGateway" + n, resource("AWS::EC2::NatGateway", props(
                    "AllocationId", Cfn.getAtt("NatEip" + n, "AllocationId"), "SubnetId", ref("PublicSubnet" + n),
                    "Tags", tags(layout, name + "-nat", Map.of()))));
        }
        for (var subnet : layout.privateSubnets()) {
            int n = subnet.number();
            String name = namePrefix + "-private-" + n;
            r.set("PrivateSubnet" + n, resource("AWS::EC2::Subnet", props(
                    "VpcId", ref("Vpc"), "CidrBlock", subnet.cidr(), "AvailabilityZoneId", subnet.azId(),
                    "Tags", tags(layout, name, Map.of(VpcLayout.INTERNAL_ELB_TAG, "1")))));
            r.set("PrivateRouteTable" + n, resource("AWS::EC2::RouteTable", props(
                    "VpcId", ref("Vpc"), "Tags", tags(layout, name, Map.of()))));
            r.set("PrivateNatRoute" + n, resource("AWS::EC2::Route", props(
                    "RouteTableId", ref("PrivateRouteTable" + n), "DestinationCidrBlock", "0.0.0.0/0",
                    "NatGatewayId", ref("NatGateway" + n))));
            r.set("PrivateSubnet" + n + "RouteTableAssociation", resource("AWS::EC2::SubnetRouteTableAssociation",
                    props("SubnetId", ref("PrivateSubnet" + n), "RouteTableId", ref("PrivateRouteTable" + n))));
        }
        var privateTables = layout.privateSubnets().stream().map(s -> ref("PrivateRouteTable" + s.number())).toList();
        r.set("S3GatewayEndpoint", resource("AWS::EC2::VPCEndpoint", props(
                "VpcId", ref("Vpc"), "ServiceName", Cfn.text(Text.concat("com.amazonaws.", new Text.RegionRef(), ".s3")),
                "VpcEndpointType", "Gateway", "RouteTableIds", array(privateTables))));
        template.set("Resources", r);

        var outputs = object();
        outputs.set("VpcId", output("ID of the VPC.", ref("Vpc")));
        outputs.set("PrivateSubnetIds", output("IDs of the private subnets, one per AZ ID; enter them in the wizard.",
                join(layout.privateSubnets().stream().map(s -> ref("PrivateSubnet" + s.number())).toList())));
        outputs.set("PublicSubnetIds", output("IDs of the public subnets that hold the NAT gateways.",
                join(layout.publicSubnets().stream().map(s -> ref("PublicSubnet" + s.number())).toList())));
        template.set("Outputs", outputs);
        return Cfn.yaml(template);
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

    private static JsonNode tags(VpcLayout layout, String name, Map<String, String> extra) {
        var all = new LinkedHashMap<String, Text>();
        layout.tags().forEach((k, v) -> all.put(k, Text.of(v)));
        all.put("Name", Text.of(name));
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
