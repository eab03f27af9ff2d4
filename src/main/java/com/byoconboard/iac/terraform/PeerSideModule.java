package com.byoconboard.iac.terraform;

import com.byoconboard.iac.PeerSide;

import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.terraform.Hcl.attr;
import static com.byoconboard.iac.terraform.Hcl.block;
import static com.byoconboard.iac.terraform.Hcl.code;
import static com.byoconboard.iac.terraform.Hcl.str;

/**
 * The peer side of a VPC peering as Terraform: the accepter of our connection and a route back to the BYOC VPC in
 * each chosen route table of the peer VPC (all of them unless the variable names some).
 */
public final class PeerSideModule {

    private PeerSideModule() {
    }

    public static String render(PeerSide side) {
        return TerraformFiles.versions() + "\n" + Hcl.file(List.of(
                block("variable", List.of("route_table_ids"),
                        attr("description", "Route tables of " + side.peerVpcId()
                                + " that get the route to the BYOC VPC; empty: all of them."),
                        attr("type", code("list(string)")),
                        attr("default", Hcl.list(List.of()))),
                block("data", List.of("aws_route_tables", "peer"), attr("vpc_id", str(side.peerVpcId()))),
                block("resource", List.of("aws_vpc_peering_connection_accepter", "byoc"),
                        attr("vpc_peering_connection_id", str(side.connectionId())),
                        attr("auto_accept", true),
                        attr("tags", new Hcl.ObjectOf(Map.of("Name", str("byoc-peering"))))),
                block("resource", List.of("aws_route", "to_byoc"),
                        attr("for_each", code("toset(length(var.route_table_ids) > 0 ? var.route_table_ids"
                                + " : data.aws_route_tables.peer.ids)")),
                        attr("route_table_id", code("each.value")),
                        attr("destination_cidr_block", str(side.byocCidr())),
                        attr("vpc_peering_connection_id",
                                code("aws_vpc_peering_connection_accepter.byoc.vpc_peering_connection_id")))));
    }
}
