package com.byoconboard.iac.terraform;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.iac.model.CustomerVpc;
import com.byoconboard.iac.model.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.terraform.Hcl.attr;
import static com.byoconboard.iac.terraform.Hcl.block;
import static com.byoconboard.iac.terraform.Hcl.call;
import static com.byoconboard.iac.terraform.Hcl.code;
import static com.byoconboard.iac.terraform.Hcl.str;

/**
 * Writes the customer-managed VPC as a reusable Terraform module: the network plan's zones, NAT gateway choice,
 * names and tags are variables (their defaults are this onboarding's plan), subnets are placed by AZ ID
 * ({@code availability_zone_id}), never by AZ name. Also a README and an example that calls the module.
 */
public final class VpcModule {

    private VpcModule() {
    }

    /** File name to content. */
    public static Map<String, String> render(CustomerVpc vpc, String organizationName) {
        var files = new LinkedHashMap<String, String>();
        files.put("main.tf", Hcl.file(main()));
        files.put("variables.tf", Hcl.file(variables(vpc)));
        files.put("outputs.tf", Hcl.file(List.of(
                output("vpc_id", "ID of the VPC" + TerraformFiles.forOrganization(organizationName) + ".",
                        "aws_vpc.this.id"),
                output("private_subnet_ids", "IDs of the private subnets, one per AZ ID; enter them in the wizard.",
                        "[for key in sort(keys(var.zones)) : aws_subnet.private[key].id]"),
                output("public_subnet_ids", "IDs of the public subnets that hold the NAT gateways.",
                        "[for key in sort(keys(var.zones)) : aws_subnet.public[key].id]"),
                output("private_route_table_ids", "IDs of the private route tables (routes to peered VPCs go here).",
                        "[for key in sort(keys(var.zones)) : aws_route_table.private[key].id]"))));
        files.put("versions.tf", TerraformFiles.versions());
        files.put("README.md", readme(vpc));
        files.put("examples/complete/main.tf", Hcl.file(example(vpc)));
        return files;
    }

    private static List<Hcl.Item> variables(CustomerVpc vpc) {
        NetworkPlan plan = vpc.plan();
        var zones = new LinkedHashMap<String, Hcl.Expr>();
        for (var zone : plan.zones()) {
            var values = new LinkedHashMap<String, Hcl.Expr>();
            values.put("az_id", str(zone.azId()));
            values.put("private_cidr", str(zone.privateCidr()));
            values.put("public_cidr", str(zone.publicCidr()));
            zones.put(String.valueOf(zone.number()), new Hcl.ObjectOf(values));
        }
        var tags = new LinkedHashMap<String, Hcl.Expr>();
        vpc.tags().forEach((k, v) -> tags.put(k, str(v)));
        return List.of(
                variable("name", "string", str(vpc.names().base()),
                        "Start of every Name tag; inside the bootstrap role's resource name prefix."),
                variable("vpc_cidr", "string", str(plan.vpcCidr()), "CIDR of the VPC (/16 to /21)."),
                variable("zones", "map(object({ az_id = string, private_cidr = string, public_cidr = string }))",
                        new Hcl.ObjectOf(zones),
                        "One entry per AZ, by AZ ID (never AZ name): its private subnet (at least /23) and public subnet."),
                variable("nat_gateway_per_az", "bool", new Hcl.Bool(plan.natGatewayMode()
                                == com.byoconboard.onboarding.OnboardingInputs.NatGateways.ONE_PER_AZ),
                        "One NAT gateway per AZ (an AZ outage cuts only its own egress), or one shared (a third of the cost)."),
                variable("tags", "map(string)", new Hcl.ObjectOf(tags), "Tags on every resource."));
    }

    private static Hcl.Item variable(String name, String type, Hcl.Expr defaultValue, String description) {
        return block("variable", List.of(name), attr("description", description), attr("type", code(type)),
                attr("default", defaultValue));
    }

    private static List<Hcl.Item> main() {
        return List.of(
                block("data", List.of("aws_region", "current")),
                block("locals", List.of(),
                        new Hcl.Comment("The zone whose NAT gateway each private route table uses."),
                        attr("first_zone", code("sort(keys(var.zones))[0]")),
                        attr("nat_zones", code("var.nat_gateway_per_az ? var.zones : { (local.first_zone) = var.zones[local.first_zone] }"))),
                block("resource", List.of("aws_vpc", "this"),
                        attr("cidr_block", code("var.vpc_cidr")),
                        attr("enable_dns_support", true),
                        attr("enable_dns_hostnames", true),
                        attr("tags", named("\"${var.name}-vpc\""))),
                block("resource", List.of("aws_internet_gateway", "this"),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("tags", named("\"${var.name}-igw\""))),
                subnet("public", ResourceNames.PUBLIC_ELB_TAG),
                subnet("private", ResourceNames.INTERNAL_ELB_TAG),
                block("resource", List.of("aws_eip", "nat"),
                        attr("for_each", code("local.nat_zones")),
                        attr("domain", "vpc"),
                        attr("tags", named("\"${var.name}-eip-nat-${each.value.az_id}\""))),
                block("resource", List.of("aws_nat_gateway", "this"),
                        attr("for_each", code("local.nat_zones")),
                        attr("allocation_id", code("aws_eip.nat[each.key].id")),
                        attr("subnet_id", code("aws_subnet.public[each.key].id")),
                        attr("tags", named("\"${var.name}-nat-${each.value.az_id}\"")),
                        attr("depends_on", code("[aws_internet_gateway.this]"))),
                block("resource", List.of("aws_route_table", "public"),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("tags", named("\"${var.name}-rtb-public\""))),
                block("resource", List.of("aws_route", "public_internet"),
                        attr("route_table_id", code("aws_route_table.public.id")),
                        attr("destination_cidr_block", "0.0.0.0/0"),
                        attr("gateway_id", code("aws_internet_gateway.this.id"))),
                association("public", "aws_route_table.public.id"),
                block("resource", List.of("aws_route_table", "private"),
                        attr("for_each", code("var.zones")),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("tags", named("\"${var.name}-rtb-private-${each.value.az_id}\""))),
                block("resource", List.of("aws_route", "private_nat"),
                        attr("for_each", code("var.zones")),
                        attr("route_table_id", code("aws_route_table.private[each.key].id")),
                        attr("destination_cidr_block", "0.0.0.0/0"),
                        attr("nat_gateway_id", code("aws_nat_gateway.this[var.nat_gateway_per_az ? each.key : local.first_zone].id"))),
                association("private", "aws_route_table.private[each.key].id"),
                block("resource", List.of("aws_vpc_endpoint", "s3"),
                        attr("vpc_id", code("aws_vpc.this.id")),
                        attr("service_name", str(Text.concat("com.amazonaws.", new Text.RegionRef(), ".s3"))),
                        attr("vpc_endpoint_type", "Gateway"),
                        attr("route_table_ids", code("[for key in sort(keys(var.zones)) : aws_route_table.private[key].id]")),
                        attr("tags", named("\"${var.name}-s3-gateway\""))));
    }

    /** The subnets of one tier, one per zone, placed by AZ ID; public ones give instances a public IP. */
    private static Hcl.Item subnet(String tier, String roleTag) {
        var body = new java.util.ArrayList<Hcl.Item>(List.of(
                attr("for_each", code("var.zones")),
                attr("vpc_id", code("aws_vpc.this.id")),
                attr("cidr_block", code("each.value." + tier + "_cidr")),
                attr("availability_zone_id", code("each.value.az_id"))));
        if (tier.equals("public")) {
            body.add(attr("map_public_ip_on_launch", true));
        }
        body.add(attr("tags", subnetTags(tier, roleTag)));
        return block("resource", List.of("aws_subnet", tier), body);
    }

    /** Every subnet of a tier associated with {@code routeTableId}. */
    private static Hcl.Item association(String tier, String routeTableId) {
        return block("resource", List.of("aws_route_table_association", tier),
                attr("for_each", code("aws_subnet." + tier)),
                attr("subnet_id", code("each.value.id")),
                attr("route_table_id", code(routeTableId)));
    }

    private static List<Hcl.Item> example(CustomerVpc vpc) {
        return List.of(
                block("provider", List.of("aws"), attr("region", "us-east-1")),
                block("module", List.of("vpc"),
                        new Hcl.Comment("The defaults are your onboarding's network plan; override a variable to change it."),
                        attr("source", "../.."),
                        attr("name", vpc.names().base())),
                block("output", List.of("private_subnet_ids"), attr("value", code("module.vpc.private_subnet_ids"))));
    }

    private static String readme(CustomerVpc vpc) {
        var plan = vpc.plan();
        var text = new StringBuilder("""
                # Customer-managed VPC for BYOC

                Creates the VPC the BYOC deployment expects when you bring your own VPC: %s, in three AZs by AZ ID,
                a private subnet per AZ tagged `kubernetes.io/role/internal-elb = 1`, a public subnet per AZ,
                %s, one private route table per AZ and an S3 gateway endpoint on them. The defaults are
                your onboarding's plan, the same the wizard shows.

                | AZ ID | private subnet | public subnet |
                |---|---|---|
                """.formatted(plan.vpcCidr(), plan.natGateways().size() == 1 ? "one shared NAT gateway"
                : "a NAT gateway per AZ"));
        plan.zones().forEach(z -> text.append("| ").append(z.azId()).append(" | ").append(z.privateCidr())
                .append(" | ").append(z.publicCidr()).append(" |\n"));
        text.append("""

                Use it from your root module (see `examples/complete`):

                ```hcl
                module "vpc" {
                  source = "./modules/customer-vpc"
                }
                ```

                Then enter the VPC ID and `private_subnet_ids` (with their AZ IDs and CIDRs) in the wizard's
                Network step.
                """);
        return text.toString();
    }

    private static Hcl.Item output(String name, String description, String value) {
        return block("output", List.of(name), attr("description", description), attr("value", code(value)));
    }

    private static Hcl.Expr named(String nameExpression) {
        return call("merge", code("var.tags"), new Hcl.ObjectOf(Map.of("Name", code(nameExpression))));
    }

    private static Hcl.Expr subnetTags(String tier, String roleTag) {
        var extra = new LinkedHashMap<String, Hcl.Expr>();
        extra.put("Name", code("\"${var.name}-" + tier + "-${each.value.az_id}\""));
        extra.put(roleTag, str("1"));
        return call("merge", code("var.tags"), new Hcl.ObjectOf(extra));
    }
}
