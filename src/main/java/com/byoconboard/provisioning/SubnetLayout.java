package com.byoconboard.provisioning;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.List;

/**
 * How a new VPC's CIDR is cut: three private subnets of a quarter each (where the clusters' nodes and pods
 * live), and three small public subnets (NAT gateway, public load balancer) in the last quarter.
 */
record SubnetLayout(List<String> privateCidrs, List<String> publicCidrs) {

    static SubnetLayout of(String vpcCidr, int zones) {
        IPAddress vpc = new IPAddressString(vpcCidr).getAddress().toPrefixBlock();
        int prefix = vpc.getNetworkPrefixLength();
        long base = vpc.getValue().longValue();
        long size = 1L << (32 - prefix);
        var privateCidrs = new ArrayList<String>();
        var publicCidrs = new ArrayList<String>();
        for (int i = 0; i < zones; i++) {
            privateCidrs.add(cidr(base + i * (size / 4), prefix + 2));
            publicCidrs.add(cidr(base + 3 * (size / 4) + i * (size / 64), prefix + 6));
        }
        return new SubnetLayout(privateCidrs, publicCidrs);
    }

    /** Whether two CIDR blocks share any address. */
    static boolean overlap(String a, String b) {
        IPAddress x = new IPAddressString(a).getAddress().toPrefixBlock();
        IPAddress y = new IPAddressString(b).getAddress().toPrefixBlock();
        return x.contains(y) || y.contains(x);
    }

    private static String cidr(long address, int prefix) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255) + "/" + prefix;
    }
}
