package com.byoconboard.iac.model;

import com.byoconboard.onboarding.Onboarding;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The customer-managed VPC, carved from the chosen CIDR: three quarters become the private subnets (one per AZ ID,
 * each at least /23), the last quarter holds the three small public subnets for the NAT gateways.
 */
public record VpcLayout(String cidr, List<Subnet> privateSubnets, List<Subnet> publicSubnets, Map<String, String> tags) {

    /** Private subnets must be at least /23, and they take a quarter of the VPC each. */
    public static final int LARGEST_PREFIX = 21;
    public static final int SMALLEST_PREFIX = 16;
    public static final int AZ_COUNT = 3;

    public static final String BYOC_TAG = "clickhouse-byoc";
    public static final String INTERNAL_ELB_TAG = "kubernetes.io/role/internal-elb";
    public static final String ELB_TAG = "kubernetes.io/role/elb";

    public VpcLayout {
        privateSubnets = List.copyOf(privateSubnets);
        publicSubnets = List.copyOf(publicSubnets);
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** One subnet: its AZ ID (never an AZ name), its CIDR and its position (1 to 3). */
    public record Subnet(int number, String azId, String cidr) {
    }

    /** Why no layout can be drawn from the inputs yet; the message key is in the iac bundle. */
    public record Unavailable(String messageKey, List<Object> arguments) {
    }

    /** Either a layout or the reason there is none. */
    public sealed interface Result {
    }

    /** The inputs give a complete layout. */
    public record Ready(VpcLayout layout) implements Result {
    }

    /** The inputs are not complete or not usable yet. */
    public record NotReady(Unavailable reason) implements Result {
    }

    public static Result of(Vendor vendor, Onboarding onboarding) {
        var network = onboarding.inputs().network();
        var address = new IPAddressString(network.vpcCidr().strip()).getAddress();
        if (address == null || !address.isIPv4() || !address.isPrefixed()) {
            return notReady("iac.vpc.unavailable.cidr", network.vpcCidr());
        }
        int prefix = address.getNetworkPrefixLength();
        long base = address.getValue().longValue();
        long size = 1L << (32 - prefix);
        if (base % size != 0) {
            return notReady("iac.vpc.unavailable.cidr", network.vpcCidr());
        }
        if (prefix < SMALLEST_PREFIX || prefix > LARGEST_PREFIX) {
            return notReady("iac.vpc.unavailable.size", network.vpcCidr(), SMALLEST_PREFIX, LARGEST_PREFIX);
        }
        var azIds = new LinkedHashSet<>(network.azIds().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (azIds.size() != AZ_COUNT) {
            return notReady("iac.vpc.unavailable.azIds", AZ_COUNT);
        }
        List<Subnet> privateSubnets = new ArrayList<>();
        List<Subnet> publicSubnets = new ArrayList<>();
        long quarter = size / 4;
        long sixteenth = size / 16;
        int number = 1;
        for (String azId : azIds) {
            privateSubnets.add(new Subnet(number, azId, cidr(base + (number - 1) * quarter, prefix + 2)));
            publicSubnets.add(new Subnet(number, azId, cidr(base + 3 * quarter + (number - 1) * sixteenth, prefix + 4)));
            number++;
        }
        Map<String, String> tags = new LinkedHashMap<>(new TreeMap<>(vendor.tags()));
        var organization = TagValue.of(onboarding.inputs().account().organizationName());
        if (!organization.isEmpty()) {
            tags.put("byoc-organization", organization);
        }
        tags.put(BYOC_TAG, "true");
        return new Ready(new VpcLayout(cidr(base, prefix), privateSubnets, publicSubnets, tags));
    }

    /** The name every resource of this VPC is tagged with, e.g. {@code clickhouse-cloud-private-1}. */
    public static String name(Vendor vendor, String suffix) {
        return vendor.resourceNamePrefix() + "-" + suffix;
    }

    private static Result notReady(String key, Object... arguments) {
        return new NotReady(new Unavailable(key, List.of(arguments)));
    }

    private static String cidr(long address, int prefix) {
        return ((address >> 24) & 0xff) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff) + "."
                + (address & 0xff) + "/" + prefix;
    }
}
