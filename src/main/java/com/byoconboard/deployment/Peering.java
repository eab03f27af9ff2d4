package com.byoconboard.deployment;

import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;

import java.util.List;

/**
 * The resources VPC peering adds to a deployment, by logical name (the journal's key and our tag), for each peer:
 * its connection, a route per BYOC private route table, and an inbound rule per client port in our security group.
 */
public final class Peering {

    /** The ports clients reach over the private endpoint: HTTPS and the native protocol over TLS. */
    public static final List<Integer> CLIENT_PORTS = List.of(8443, 9440);

    /** Our security group that admits the peer CIDRs; the controller attaches it to the private load balancer. */
    public static final String SECURITY_GROUP = "sg-peers";

    private Peering() {
    }

    public static String connection(VpcPeer peer) {
        return "pcx-" + peer.vpcId();
    }

    /** The route to {@code peer} in a BYOC route table, named by its logical name (new VPC) or its ID (existing). */
    public static String route(String routeTable, VpcPeer peer) {
        return "route-" + routeTable + "-" + peer.vpcId();
    }

    public static String rule(VpcPeer peer, int port) {
        return "sgr-" + peer.vpcId() + "-" + port;
    }
}
