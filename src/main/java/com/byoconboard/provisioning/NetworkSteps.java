package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.NetworkPlan;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.SubnetState;
import software.amazon.awssdk.services.ec2.model.VpcState;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.List;
import java.util.Optional;

/** The steps that build a vendor-managed VPC, or verify and tag the customer's existing one. */
final class NetworkSteps {

    private NetworkSteps() {
    }

    static void vpc(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        var ready = new AtomicBoolean();
        String vpcId = c.ensure(NetworkPlan.VPC,
                () -> ec2.describeVpcs(r -> r.filters(c.tagFilters(NetworkPlan.VPC))).vpcs().stream().findFirst()
                        .map(v -> v.vpcId()),
                p -> {
                    var vpc = ec2.createVpc(r -> r.cidrBlock(c.network().vpcCidr())
                            .tagSpecifications(c.tagSpec(ResourceType.VPC, p))).vpc();
                    ready.set(vpc.state() == VpcState.AVAILABLE);
                    return vpc.vpcId();
                });
        if (!ready.get()) {
            ec2.waiter().waitUntilVpcAvailable(r -> r.vpcIds(vpcId), c.waiter());
        }
        // EKS needs DNS support and host names in the VPC; both calls are idempotent, and independent.
        StepContext.inParallel(List.<Consumer<ModifyVpcAttributeRequest.Builder>>of(
                r -> r.vpcId(vpcId).enableDnsSupport(AttributeBooleanValue.builder().value(true).build()),
                r -> r.vpcId(vpcId).enableDnsHostnames(AttributeBooleanValue.builder().value(true).build())),
                ec2::modifyVpcAttribute);
    }

    /** Every subnet of the plan at once: they depend only on the VPC. */
    static void subnets(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf(NetworkPlan.VPC);
        var subnets = new ArrayList<String[]>();
        for (NetworkPlan.Zone zone : c.network().zones()) {
            subnets.add(new String[] {zone.privateSubnet(), zone.azId(), zone.privateCidr()});
            subnets.add(new String[] {zone.publicSubnet(), zone.azId(), zone.publicCidr()});
        }
        StepContext.inParallel(subnets, s -> subnet(c, ec2, vpcId, s[0], s[1], s[2]));
    }

    private static void subnet(StepContext c, Ec2Client ec2, String vpcId, String logical, String azId, String cidr) {
        var ready = new AtomicBoolean();
        String subnetId = c.ensure(logical,
                () -> first(ec2.describeSubnets(r -> r.filters(c.tagFilters(logical))).subnets()).map(Subnet::subnetId),
                p -> {
                    var subnet = ec2.createSubnet(r -> r.vpcId(vpcId).availabilityZoneId(azId).cidrBlock(cidr)
                            .tagSpecifications(c.tagSpec(ResourceType.SUBNET, p))).subnet();
                    // AWS answers a new subnet "available" as a rule: then there is nothing to wait for.
                    ready.set(subnet.state() == SubnetState.AVAILABLE);
                    return subnet.subnetId();
                });
        if (!ready.get()) {
            ec2.waiter().waitUntilSubnetAvailable(r -> r.subnetIds(subnetId), c.waiter());
        }
    }

    static void internetGateway(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf(NetworkPlan.VPC);
        String igw = NetworkPlan.INTERNET_GATEWAY;
        var attached = new AtomicBoolean();
        String igwId = c.ensure(igw, vpcId,
                () -> first(ec2.describeInternetGateways(r -> r.filters(c.tagFilters(igw))).internetGateways())
                        .map(InternetGateway::internetGatewayId),
                p -> {
                    String id = ec2.createInternetGateway(r -> r.tagSpecifications(
                            c.tagSpec(ResourceType.INTERNET_GATEWAY, p))).internetGateway().internetGatewayId();
                    // Just created, so not attached: no need to look.
                    ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId));
                    attached.set(true);
                    return id;
                });
        if (!attached.get() && ec2.describeInternetGateways(r -> r.internetGatewayIds(igwId)).internetGateways()
                .getFirst().attachments().stream().noneMatch(a -> vpcId.equals(a.vpcId()))) {
            ec2.attachInternetGateway(r -> r.internetGatewayId(igwId).vpcId(vpcId));
        }
    }

    /** One NAT gateway per AZ, or one shared, as the customer chose; each with its Elastic IP, all at once. */
    static void natGateways(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        var natIds = new ConcurrentLinkedQueue<String>();
        StepContext.inParallel(c.network().natGateways(), nat -> {
            String eip = nat.elasticIp();
            String allocationId = c.ensure(eip,
                    () -> first(ec2.describeAddresses(r -> r.filters(c.tagFilters(eip))).addresses())
                            .map(Address::allocationId),
                    p -> ec2.allocateAddress(r -> r.domain(DomainType.VPC)
                            .tagSpecifications(c.tagSpec(ResourceType.ELASTIC_IP, p))).allocationId());
            String subnetId = c.idOf(nat.zone().publicSubnet());
            String logical = nat.logicalName();
            natIds.add(c.ensure(logical,
                    // Tags checked here too: moto ignores tag filters on DescribeNatGateways.
                    () -> ec2.describeNatGateways(r -> r.filter(c.tagFilters(logical)).filter(
                            Filter.builder().name("state").values("pending", "available").build())).natGateways()
                            .stream().filter(n -> c.isTagged(n.tags(), logical)).findFirst()
                            .map(NatGateway::natGatewayId),
                    p -> ec2.createNatGateway(r -> r.subnetId(subnetId).allocationId(allocationId)
                            .clientToken(c.clientToken(logical))
                            .tagSpecifications(c.tagSpec(ResourceType.NATGATEWAY, p))).natGateway().natGatewayId()));
        });
        // Created first, waited for together: NAT gateways take minutes each on AWS.
        ec2.waiter().waitUntilNatGatewayAvailable(r -> r.natGatewayIds(List.copyOf(natIds)),
                c.waiterFor(com.byoconboard.deployment.ResourceType.NAT_GATEWAY));
    }

    /** Each route table of the plan with its default route and its subnets' associations; the tables at once. */
    static void routeTables(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf(NetworkPlan.VPC);
        StepContext.inParallel(c.network().routeTables(), table -> {
            String logical = table.logicalName();
            var created = new AtomicBoolean();
            String rtbId = c.ensure(logical, vpcId,
                    () -> first(ec2.describeRouteTables(r -> r.filters(c.tagFilters(logical))).routeTables())
                            .map(RouteTable::routeTableId),
                    p -> {
                        String id = ec2.createRouteTable(r -> r.vpcId(vpcId)
                                .tagSpecifications(c.tagSpec(ResourceType.ROUTE_TABLE, p))).routeTable().routeTableId();
                        defaultRoute(c, ec2, table, id);
                        created.set(true);
                        return id;
                    });
            // A table found or recorded may lack what a crash cut short; a new one has its route and no associations.
            Optional<RouteTable> current = created.get() ? Optional.empty()
                    : Optional.of(ec2.describeRouteTables(r -> r.routeTableIds(rtbId)).routeTables().getFirst());
            if (current.filter(t -> t.routes().stream().noneMatch(r -> "0.0.0.0/0".equals(r.destinationCidrBlock())))
                    .isPresent()) {
                defaultRoute(c, ec2, table, rtbId);
            }
            StepContext.inParallel(table.subnets(), subnet -> {
                String subnetId = c.idOf(subnet);
                c.ensure(Planner.association(subnet), rtbId,
                        () -> current.stream().flatMap(t -> t.associations().stream())
                                .filter(a -> subnetId.equals(a.subnetId())).findFirst()
                                .map(a -> a.routeTableAssociationId()),
                        p -> ec2.associateRouteTable(r -> r.routeTableId(rtbId).subnetId(subnetId)).associationId());
            });
        });
    }

    private static void defaultRoute(StepContext c, Ec2Client ec2, NetworkPlan.RouteTable table, String rtbId) {
        switch (table.defaultRoute()) {
            case NetworkPlan.ViaInternetGateway() -> ec2.createRoute(r -> r.routeTableId(rtbId)
                    .destinationCidrBlock("0.0.0.0/0").gatewayId(c.idOf(NetworkPlan.INTERNET_GATEWAY)));
            case NetworkPlan.ViaNatGateway(var nat) -> ec2.createRoute(r -> r.routeTableId(rtbId)
                    .destinationCidrBlock("0.0.0.0/0").natGatewayId(c.idOf(nat.logicalName())));
        }
    }

    static void s3Endpoint(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.idOf(NetworkPlan.VPC);
        String service = "com.amazonaws." + c.region() + ".s3";
        List<String> routeTables = c.network().s3EndpointRouteTables().stream().map(c::idOf).toList();
        c.ensure(NetworkPlan.S3_ENDPOINT, vpcId,
                () -> first(ec2.describeVpcEndpoints(r -> r.filters(c.tagFilters(NetworkPlan.S3_ENDPOINT))).vpcEndpoints().stream()
                        .filter(e -> !"deleted".equalsIgnoreCase(e.stateAsString())).toList())
                        .map(VpcEndpoint::vpcEndpointId),
                p -> ec2.createVpcEndpoint(r -> r.vpcId(vpcId).serviceName(service).vpcEndpointType(VpcEndpointType.GATEWAY)
                        .routeTableIds(routeTables).clientToken(c.clientToken(NetworkPlan.S3_ENDPOINT))
                        .tagSpecifications(c.tagSpec(ResourceType.VPC_ENDPOINT, p))).vpcEndpoint().vpcEndpointId());
    }

    /**
     * Existing VPC: checks it again right before use (it may have changed since the Review step), then adds
     * our ownership tags to the VPC and the subnets; tear down removes exactly those tags again.
     */
    static void verifyAndTagExisting(StepContext c, List<CheckResult> networkChecks) {
        var failed = networkChecks.stream().filter(r -> r.status() == CheckResult.Status.FAIL).toList();
        if (!failed.isEmpty()) {
            throw c.failedChecks(failed);
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
