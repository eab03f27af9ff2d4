package com.byoconboard.validation.rules;

import com.byoconboard.deployment.NetworkPlan;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Finds free room in a VPC for new subnets: the first blocks of a given size that overlap nothing taken. */
final class SubnetPlanner {

    /** The smallest subnet the guide allows, and what we propose. */
    static final int SUBNET_PREFIX = NetworkPlan.SMALLEST_SUBNET_PREFIX;

    private SubnetPlanner() {
    }

    /**
     * Up to {@code count} free /{@value #SUBNET_PREFIX} blocks inside {@code vpc}, lowest first, overlapping
     * none of {@code taken} nor each other; fewer (possibly none) when the VPC is too full or too small.
     */
    static List<IPAddress> freeSubnets(IPAddress vpc, List<IPAddress> taken, int count) {
        List<IPAddress> found = new ArrayList<>();
        Integer vpcPrefix = vpc.getNetworkPrefixLength();
        if (!vpc.isIPv4() || vpcPrefix == null || vpcPrefix > SUBNET_PREFIX) {
            return found;
        }
        Iterator<? extends IPAddress> blocks = vpc.toPrefixBlock().setPrefixLength(SUBNET_PREFIX, false).prefixBlockIterator();
        while (blocks.hasNext() && found.size() < count) {
            IPAddress block = blocks.next();
            if (taken.stream().noneMatch(t -> NetworkPlan.overlap(t, block))) {
                found.add(block);
            }
        }
        return found;
    }
}
