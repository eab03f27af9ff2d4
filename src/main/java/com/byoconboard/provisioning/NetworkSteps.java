package com.byoconboard.provisioning;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

import java.util.List;
import java.util.Optional;

/** The steps that build a vendor-managed VPC, or verify and tag the customer's existing one. */
final class NetworkSteps {

    private NetworkSteps() {
    }

    static void vpc(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.ensure("vpc",
                () -> ec2.describeVpcs(r -> r.filters(c.tagFilters("vpc"))).vpcs().stream().findFirst()
                        .map(v -> v.vpcId()),
                p -> ec2.createVpc(r -> r.cidrBlock(c.onboarding.inputs().network().vpcCidr())
                        .tagSpecifications(c.tagSpec(ResourceType.VPC, p))).vpc().vpcId());
        ec2.waiter().waitUntilVpcAvailable(r -> r.vpcIds(vpcId), c.waiter());
        // EKS needs DNS support and host names in the VPC; both calls are idempotent.
        ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsSupport(AttributeBooleanValue.builder().value(true).build()));
        ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(AttributeBooleanValue.builder().value(true).build()));
    }

    static void subnets(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf("vpc");
        for (PlannedResource planned : c.plan.of(StepKind.SUBNETS)) {
            String[] azAndCidr = planned.detail().split(" ");
            String subnetId = c.ensure(planned.logicalName(),
                    () -> first(ec2.describeSubnets(r -> r.filters(c.tagFilters(planned.logicalName()))).subnets())
                            .map(Subnet::subnetId),
                    p -> ec2.createSubnet(r -> r.vpcId(vpcId).availabilityZoneId(azAndCidr[0]).cidrBlock(azAndCidr[1])
                            .tagSpecifications(c.tagSpec(ResourceType.SUBNET, p))).subnet().subnetId());
            ec2.waiter().waitUntilSubnetAvailable(r -> r.subnetIds(subnetId), c.waiter());
        }
    }

    static void internetGateway(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf("vpc");
        String igwId = c.ensure("igw", vpcId,
                () -> first(ec2.describeInternetGateways(r -> r.filters(c.tagFilters("igw"))).internetGateways())
                        .map(InternetGateway::internetGatewayId),
                p -> ec2.createInternetGateway(r -> r.tagSpecifications(c.tagSpec(ResourceType.INTERNET_GATEWAY, p)))
                        .internetGateway().internetGatewayId());
        var igw = ec2.describeInternetGateways(r -> r.internetGatewayIds(igwId)).internetGateways().getFirst();
        if (igw.attachments().stream().noneMatch(a -> vpcId.equals(a.vpcId()))) {
            ec2.attachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        }
    }

    static void natGateway(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String allocationId = c.ensure("eip-nat",
                () -> first(ec2.describeAddresses(r -> r.filters(c.tagFilters("eip-nat"))).addresses())
                        .map(Address::allocationId),
                p -> ec2.allocateAddress(r -> r.domain(DomainType.VPC)
                        .tagSpecifications(c.tagSpec(ResourceType.ELASTIC_IP, p))).allocationId());
        String natAz = c.planned("eip-nat").detail();
        String subnetId = c.idOf("subnet-public-" + natAz);
        String natId = c.ensure("nat",
                () -> first(ec2.describeNatGateways(r -> r.filter(c.tagFilters("nat")).filter(
                        Filter.builder().name("state").values("pending", "available").build())).natGateways())
                        .map(NatGateway::natGatewayId),
                p -> ec2.createNatGateway(r -> r.subnetId(subnetId).allocationId(allocationId)
                        .clientToken(c.clientToken("nat"))
                        .tagSpecifications(c.tagSpec(ResourceType.NATGATEWAY, p))).natGateway().natGatewayId());
        ec2.waiter().waitUntilNatGatewayAvailable(r -> r.natGatewayIds(natId), c.waiter());
    }

    static void routeTables(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf("vpc");
        String publicRtb = routeTable(c, "rtb-public", vpcId);
        String privateRtb = routeTable(c, "rtb-private", vpcId);
        ensureDefaultRoute(ec2, publicRtb, c.idOf("igw"), false);
        ensureDefaultRoute(ec2, privateRtb, c.idOf("nat"), true);
        for (PlannedResource planned : c.plan.of(StepKind.ROUTE_TABLES)) {
            if (planned.type() != com.byoconboard.provisioning.ResourceType.ROUTE_TABLE_ASSOCIATION) {
                continue;
            }
            String subnetLogical = planned.logicalName().replace("rtbassoc-", "subnet-");
            String subnetId = c.idOf(subnetLogical);
            String rtbId = planned.logicalName().startsWith("rtbassoc-public-") ? publicRtb : privateRtb;
            c.ensure(planned.logicalName(), rtbId,
                    () -> ec2.describeRouteTables(r -> r.routeTableIds(rtbId)).routeTables().getFirst().associations()
                            .stream().filter(a -> subnetId.equals(a.subnetId())).findFirst()
                            .map(a -> a.routeTableAssociationId()),
                    p -> ec2.associateRouteTable(r -> r.routeTableId(rtbId).subnetId(subnetId)).associationId());
        }
    }

    private static String routeTable(StepContext c, String logical, String vpcId) {
        Ec2Client ec2 = c.aws.ec2();
        return c.ensure(logical, vpcId,
                () -> first(ec2.describeRouteTables(r -> r.filters(c.tagFilters(logical))).routeTables())
                        .map(RouteTable::routeTableId),
                p -> ec2.createRouteTable(r -> r.vpcId(vpcId).tagSpecifications(c.tagSpec(ResourceType.ROUTE_TABLE, p)))
                        .routeTable().routeTableId());
    }

    private static void ensureDefaultRoute(Ec2Client ec2, String rtbId, String targetId, boolean viaNat) {
        var routes = ec2.describeRouteTables(r -> r.routeTableIds(rtbId)).routeTables().getFirst().routes();
        if (routes.stream().noneMatch(r -> "0.0.0.0/0".equals(r.destinationCidrBlock()))) {
            ec2.createRoute(r -> {
                r.routeTableId(rtbId).destinationCidrBlock("0.0.0.0/0");
                if (viaNat) {
                    r.natGatewayId(targetId);
                } else {
                    r.gatewayId(targetId);
                }
            });
        }
    }

    static void s3Endpoint(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf("vpc");
        String service = "com.amazonaws." + c.region() + ".s3";
        List<String> routeTables = List.of(c.idOf("rtb-private"), c.idOf("rtb-public"));
        c.ensure("vpce-s3", vpcId,
                () -> first(ec2.describeVpcEndpoints(r -> r.filters(c.tagFilters("vpce-s3"))).vpcEndpoints().stream()
                        .filter(e -> !"deleted".equalsIgnoreCase(e.stateAsString())).toList())
                        .map(VpcEndpoint::vpcEndpointId),
                p -> ec2.createVpcEndpoint(r -> r.vpcId(vpcId).serviceName(service).vpcEndpointType(VpcEndpointType.GATEWAY)
                        .routeTableIds(routeTables).clientToken(c.clientToken("vpce-s3"))
                        .tagSpecifications(c.tagSpec(ResourceType.VPC_ENDPOINT, p))).vpcEndpoint().vpcEndpointId());
    }

    /**
     * Existing VPC: checks it again right before use (it may have changed since the Review step), then adds
     * our ownership tags to the VPC and the subnets; tear down removes exactly those tags again.
     */
    static void verifyAndTagExisting(StepContext c, List<CheckResult> networkChecks) {
        var failed = networkChecks.stream().filter(r -> r.status() == CheckResult.Status.FAIL).findFirst();
        if (failed.isPresent()) {
            throw new StepFailure(failed.get().evidence(), "");
        }
        Ec2Client ec2 = c.aws.ec2();
        for (PlannedResource planned : c.plan.of(StepKind.VERIFY_NETWORK)) {
            List<Tag> tags = StepContext.ec2Tags(planned);
            c.ensure(planned.logicalName(), () -> Optional.empty(), p -> {
                ec2.createTags(r -> r.resources(p.name()).tags(tags));
                return p.name();
            });
        }
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.stream().findFirst();
    }
}
