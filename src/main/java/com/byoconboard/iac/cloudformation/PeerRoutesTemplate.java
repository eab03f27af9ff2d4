package com.byoconboard.iac.cloudformation;

import com.byoconboard.iac.PeerSide;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The peer side's routes back to the BYOC VPC as a CloudFormation template, one route per route table given
 * ({@code Fn::ForEach} of the language extensions). Acceptance is not in it: CloudFormation can only accept a
 * peering it requests itself.
 */
public final class PeerRoutesTemplate {

    private PeerRoutesTemplate() {
    }

    public static String render(PeerSide side) {
        ObjectNode template = Cfn.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "Routes from " + side.peerVpcId() + " to the BYOC VPC over peering connection "
                + side.connectionId() + " (accept the connection first).");
        template.put("Transform", "AWS::LanguageExtensions");
        ObjectNode routeTables = Cfn.object();
        // Fn::ForEach takes a CommaDelimitedList; the typed List<AWS::EC2::RouteTable::Id> is not iterable there.
        routeTables.put("Type", "CommaDelimitedList");
        routeTables.put("Description", "IDs of the route tables of " + side.peerVpcId()
                + " whose subnets reach the BYOC service, separated by commas");
        template.set("Parameters", Cfn.single("RouteTableIds", routeTables));
        ObjectNode properties = Cfn.object();
        properties.set("RouteTableId", Cfn.ref("RouteTableId"));
        properties.put("DestinationCidrBlock", side.byocCidr());
        properties.put("VpcPeeringConnectionId", side.connectionId());
        ObjectNode route = Cfn.object();
        route.put("Type", "AWS::EC2::Route");
        route.set("Properties", properties);
        // &{...} keeps only the alphanumerics of the route table ID: logical IDs allow nothing else.
        var forEach = Cfn.array(List.of(Cfn.ref("RouteTableIds"), Cfn.single("RouteToByoc&{RouteTableId}", route)));
        forEach.insert(0, "RouteTableId");
        template.set("Resources", Cfn.single("Fn::ForEach::Routes", forEach));
        return Cfn.yaml(template);
    }
}
