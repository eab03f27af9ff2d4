package com.byoconboard.iac.terraform;

import com.byoconboard.iac.model.Text;
import com.byoconboard.iac.model.VpcLayout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.terraform.Hcl.attr;
import static com.byoconboard.iac.terraform.Hcl.block;
import static com.byoconboard.iac.terraform.Hcl.call;
import static com.byoconboard.iac.terraform.Hcl.code;
import static com.byoconboard.iac.terraform.Hcl.str;

/**
 * Writes the customer-managed VPC as a Terraform module directory. Subnets are placed by AZ ID
 * ({@code availability_zone_id}), never by AZ name.
 */
public final class VpcModule {

    /** Tags of each NAT gateway and its Elastic IP: named after their public subnet. */
    private static final Hcl.Expr NAT_TAGS = tagged(code("\"${each.value.name}-nat\""));

    private VpcModule() {
    }

    /** File name to content. */
    public static Map<String, String> render(VpcLayout layout, String namePrefix, String organizationName) {
        var files = new LinkedHashMap<String, String>();
        files.put("main.tf", Hcl.file(main(layout, namePrefix)));
        files.put("outputs.tf", Hcl.file(List.of(
                output("vpc_id", "ID of the VPC" + TerraformFiles.forOrganization(organizationName) + ".",
                        "aws_vpc.this.id"),
                output("private_subnet_ids", "IDs of the private subnets, one per AZ ID; enter them in the wizard.",
                        "values(aws_subnet.private)[*].id"),
                output("public_subnet_ids", "IDs of the public subnets that hold the NAT gateways.",
                        "values(aws_subnet.public)[*].id"))));
        files.put("versions.tf", TerraformFiles.versions());
        return files;
    }

    private static Hcl.Item output(String name, String description, String value) {
        return block("output", List.of(name), attr("description", description), attr("value", code(value)));
    }

    private static List<Hcl.Item> main(VpcLayout layout, String namePrefix) {
        return List.of(
                block("data", List.of("aws_region", "current")),
                block("locals", List.of(),
                        attr("tags", new Hcl.ObjectOf(stringMap(layout.tags()))),
                        attr("public_subnets", subnets(layout.publicSubnets(), namePrefix + "-public-")),
                        attr("private_subnets", subnets(layout.privateSubnets(), namePrefix + "-private-"))),
                block("resource", List.of("aws_vpc", "this"),
                        attr("cidr_block", layout.cidr()),
                        attr("enable_dns_support", true),
                        attr("enable_dns_hostnames", true),
                        attr("tags", named(namePrefix + "-vpc"))),
                block("resource", List.of("aws_internet_gateway", "this"),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("tags", named(namePrefix + "-igw"))),
                block("resource", List.of("aws_subnet", "public"),
                        attr("for_each", code("local.public_subnets")),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("cidr_block", code("each.value.cidr")),
                        attr("availability_zone_id", code("each.value.az_id")),
                        attr("map_public_ip_on_launch", true),
                        attr("tags", subnetTags(VpcLayout.ELB_TAG))),
                block("resource", List.of("aws_route_table", "public"),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("tags", named(namePrefix + "-public"))),
                block("resource", List.of("aws_route", "public_internet"),
                        attr("route_table_id", code("aws_route_table.public.id")),
                        attr("destination_cidr_block", "0.0.0.0/0"),
                        attr("gateway_id", code("aws_internet_gateway.this.id"))),
                routeTableAssociation("public", "aws_route_table.public.id"),
                block("resource", List.of("aws_eip", "nat"),
                        attr("for_each", code("local.public_subnets")),
                        attr("domain", "vpc"),
                        attr("tags", NAT_TAGS)),
                block("resource", List.of("aws_nat_gateway", "this"),
                        attr("for_each", code("local.public_subnets")),
                        attr("allocation_id", code("aws_eip.nat[each.key].id")),
                        attr("subnet_id", code("aws_subnet.public[each.key].id")),
                        attr("tags", NAT_TAGS),
                        attr("depends_on", code("[aws_internet_gateway.this]"))),
                block("resource", List.of("aws_subnet", "private"),
                        attr("for_each", code("local.private_subnets")),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("cidr_block", code("each.value.cidr")),
                        attr("availability_zone_id", code("each.value.az_id")),
                        attr("tags", subnetTags(VpcLayout.INTERNAL_ELB_TAG))),
                block("resource", List.of("aws_route_table", "private"),
                        attr("for_each", code("local.private_subnets")),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("tags", tagged(code("each.value.name")))),
                block("resource", List.of("aws_route", "private_nat"),
                        attr("for_each", code("local.private_subnets")),
                        attr("route_table_id", code("aws_route_table.private[each.key].id")),
                        attr("destination_cidr_block", "0.0.0.0/0"),
                        attr("nat_gateway_id", code("aws_nat_gateway.this[each.key].id"))),
                routeTableAssociation("private", "aws_route_table.private[each.key].id"),
                block("resource", List.of("aws_vpc_endpoint", "s3"),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("service_name", str(Text.concat("com.amazonaws.", new Text.RegionRef(), ".s3"))),
                        attr("vpc_endpoint_type", "Gateway"),
                        attr("route_table_ids", code("values(aws_route_table.private)[*].id")),
                        attr("tags", named(namePrefix + "-s3"))));
    }

    private static Hcl.Expr subnets(List<VpcLayout.Subnet> subnets, String namePrefix) {
        var entries = new LinkedHashMap<String, Hcl.Expr>();
        for (var subnet : subnets) {
            var values = new LinkedHashMap<String, Hcl.Expr>();
            values.put("az_id", str(subnet.azId()));
            values.put("cidr", str(subnet.cidr()));
            values.put("name", str(namePrefix + subnet.number()));
            entries.put(String.valueOf(subnet.number()), new Hcl.ObjectOf(values));
        }
        return new Hcl.ObjectOf(entries);
    }

    /** Every subnet of a tier ({@code public} or {@code private}) is associated with that tier's route table. */
    private static Hcl.Item routeTableAssociation(String tier, String routeTableId) {
        return block("resource", List.of("aws_route_table_association", tier),
                attr("for_each", code("aws_subnet." + tier)),
                attr("subnet_id", code("each.value.id")),
                attr("route_table_id", code(routeTableId)));
    }

    private static Hcl.Expr named(String name) {
        return tagged(str(name));
    }

    /** The module's common tags plus a Name. */
    private static Hcl.Expr tagged(Hcl.Expr name) {
        return call("merge", code("local.tags"), new Hcl.ObjectOf(Map.of("Name", name)));
    }

    private static Hcl.Expr subnetTags(String roleTag) {
        var extra = new LinkedHashMap<String, Hcl.Expr>();
        extra.put("Name", code("each.value.name"));
        extra.put(roleTag, str("1"));
        return call("merge", code("local.tags"), new Hcl.ObjectOf(extra));
    }

    private static Map<String, Hcl.Expr> stringMap(Map<String, String> values) {
        var entries = new LinkedHashMap<String, Hcl.Expr>();
        values.forEach((k, v) -> entries.put(k, str(v)));
        return entries;
    }
}
