package com.byoconboard.deployment;

import com.byoconboard.onboarding.OnboardingInputs.NatGateways;
import com.byoconboard.onboarding.OnboardingInputs.Network;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The new VPC, decided once: what the Network step shows, what the templates describe and what provisioning
 * builds. Each of the three AZs gets a private subnet of a quarter of the VPC (EKS gives every pod a VPC address,
 * so the guide asks for at least /23 per subnet) and a public subnet of a sixteenth in the last quarter (NAT
 * gateways and public load balancers need few addresses). Hence the smallest VPC is /21: the guide's /22 cannot
 * hold three /23 subnets.
 */
public record NetworkPlan(String vpcCidr, List<Zone> zones, NatGateways natGatewayMode) {

    /** AWS's largest VPC. */
    public static final int LARGEST_VPC_PREFIX = 16;
    /** The smallest VPC whose private subnets (a quarter each) are still {@value #SMALLEST_SUBNET_PREFIX}. */
    public static final int SMALLEST_VPC_PREFIX = 21;
    /** The guide's minimum for a private subnet, new or existing. */
    public static final int SMALLEST_SUBNET_PREFIX = 23;
    public static final int AZ_COUNT = 3;

    public NetworkPlan {
        zones = List.copyOf(zones);
    }

    /** One AZ of the VPC, by AZ ID (never by AZ name), numbered from 1 in the order the customer chose. */
    public record Zone(int number, String azId, String privateCidr, String publicCidr) {

        public String privateSubnet() {
            return "subnet-private-" + azId;
        }

        public String publicSubnet() {
            return "subnet-public-" + azId;
        }

        public String privateRouteTable() {
            return "rtb-private-" + azId;
        }
    }

    /** A NAT gateway with its Elastic IP, in the public subnet of {@code zone}. */
    public record NatGateway(Zone zone) {
        public String logicalName() {
            return "nat-" + zone.azId();
        }

        public String elasticIp() {
            return "eip-nat-" + zone.azId();
        }
    }

    /** A route table: its default route's target and the subnets associated with it. */
    public record RouteTable(String logicalName, DefaultRoute defaultRoute, List<String> subnets) {
        public RouteTable {
            subnets = List.copyOf(subnets);
        }
    }

    /** Where a route table sends 0.0.0.0/0. */
    public sealed interface DefaultRoute {
    }

    /** Public subnets reach the internet directly. */
    public record ViaInternetGateway() implements DefaultRoute {
    }

    /** Private subnets reach the internet through a NAT gateway. */
    public record ViaNatGateway(NatGateway natGateway) implements DefaultRoute {
    }

    public static final String VPC = "vpc";
    public static final String INTERNET_GATEWAY = "igw";
    public static final String PUBLIC_ROUTE_TABLE = "rtb-public";
    public static final String S3_ENDPOINT = "vpce-s3";

    /** Either a plan or why the inputs do not give one yet (an i18n key of the {@code iac} bundle and its arguments). */
    public sealed interface Result {
    }

    public record Ready(NetworkPlan plan) implements Result {
    }

    public record NotReady(String messageKey, List<Object> arguments) implements Result {
        public NotReady {
            arguments = List.copyOf(arguments);
        }
    }

    /** The plan for the network inputs of a new VPC (also the customer-managed VPC template's). */
    public static Result of(Network network) {
        IPAddress address = new IPAddressString(network.vpcCidr().strip()).getAddress();
        if (address == null || !address.isIPv4() || !address.isPrefixed() || !address.equals(address.toPrefixBlock())) {
            return new NotReady("iac.vpc.unavailable.cidr", List.of(network.vpcCidr()));
        }
        int prefix = address.getNetworkPrefixLength();
        if (prefix < LARGEST_VPC_PREFIX || prefix > SMALLEST_VPC_PREFIX) {
            return new NotReady("iac.vpc.unavailable.size",
                    List.of(network.vpcCidr(), LARGEST_VPC_PREFIX, SMALLEST_VPC_PREFIX));
        }
        var azIds = new LinkedHashSet<>(network.azIds().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (azIds.size() != AZ_COUNT) {
            return new NotReady("iac.vpc.unavailable.azIds", List.of(AZ_COUNT));
        }
        List<? extends IPAddress> quarters = blocks(address, prefix + 2);
        List<? extends IPAddress> publicBlocks = blocks(quarters.get(3), prefix + 4);
        var zones = new ArrayList<Zone>();
        int number = 1;
        for (String azId : azIds) {
            zones.add(new Zone(number, azId, quarters.get(number - 1).toCanonicalString(),
                    publicBlocks.get(number - 1).toCanonicalString()));
            number++;
        }
        return new Ready(new NetworkPlan(address.toCanonicalString(), zones, network.natGateways()));
    }

    public List<NatGateway> natGateways() {
        return switch (natGatewayMode) {
            case ONE_PER_AZ -> zones.stream().map(NatGateway::new).toList();
            case SINGLE -> List.of(new NatGateway(zones.getFirst()));
        };
    }

    /** The NAT gateway that private subnet of {@code zone} sends its internet traffic through. */
    public NatGateway natGatewayFor(Zone zone) {
        return switch (natGatewayMode) {
            case ONE_PER_AZ -> new NatGateway(zone);
            case SINGLE -> new NatGateway(zones.getFirst());
        };
    }

    /** One public route table for all public subnets, and one private route table per AZ. */
    public List<RouteTable> routeTables() {
        var tables = new ArrayList<RouteTable>();
        tables.add(new RouteTable(PUBLIC_ROUTE_TABLE, new ViaInternetGateway(),
                zones.stream().map(Zone::publicSubnet).toList()));
        for (Zone zone : zones) {
            tables.add(new RouteTable(zone.privateRouteTable(), new ViaNatGateway(natGatewayFor(zone)),
                    List.of(zone.privateSubnet())));
        }
        return tables;
    }

    /** The private route tables, one per AZ: where the data plane's traffic is routed. */
    public List<String> privateRouteTables() {
        return zones.stream().map(Zone::privateRouteTable).toList();
    }

    /** The route tables the S3 gateway endpoint is added to: the private ones, where the data plane runs. */
    public List<String> s3EndpointRouteTables() {
        return privateRouteTables();
    }

    /** Whether two CIDR blocks share any address (never across IP versions); text that is no CIDR overlaps nothing. */
    public static boolean overlap(String a, String b) {
        IPAddress x = new IPAddressString(a.strip()).getAddress();
        IPAddress y = new IPAddressString(b.strip()).getAddress();
        return x != null && y != null && overlap(x.toPrefixBlock(), y.toPrefixBlock());
    }

    /** Whether two networks share any address (never across IP versions). */
    public static boolean overlap(IPAddress a, IPAddress b) {
        return a.getIPVersion() == b.getIPVersion() && a.overlaps(b);
    }

    private static List<? extends IPAddress> blocks(IPAddress network, int prefix) {
        var blocks = new ArrayList<IPAddress>();
        network.setPrefixLength(prefix, false).prefixBlockIterator().forEachRemaining(blocks::add);
        return blocks;
    }
}
