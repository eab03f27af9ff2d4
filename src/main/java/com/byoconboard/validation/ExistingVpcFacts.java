package com.byoconboard.validation;

import java.util.List;
import java.util.Optional;

/**
 * What pre-flight read about a customer-managed VPC in the customer's account, as AWS reports it; the guide's
 * existing-VPC rules judge these facts exactly as they judge what the customer typed.
 *
 * @param vpcCidr                the VPC's primary IPv4 CIDR
 * @param subnets                the private subnets the customer listed that exist in the VPC, in the order listed
 * @param s3GatewayEndpointIds   the VPC's S3 gateway endpoints that are not deleted
 */
public record ExistingVpcFacts(String vpcId, String vpcCidr, List<SubnetFacts> subnets, List<String> s3GatewayEndpointIds) {

    public ExistingVpcFacts {
        subnets = List.copyOf(subnets);
        s3GatewayEndpointIds = List.copyOf(s3GatewayEndpointIds);
    }

    /**
     * One private subnet as the account has it.
     *
     * @param internalElbTag whether it carries {@code kubernetes.io/role/internal-elb=1}
     * @param routeTableId   the route table it uses: its own association, else the VPC's main table
     * @param defaultRoute   where that table sends 0.0.0.0/0
     */
    public record SubnetFacts(String subnetId, String azId, String cidr, boolean internalElbTag,
                              Optional<String> routeTableId, RouteTarget defaultRoute) {
    }

    /** The kind of target a route table sends 0.0.0.0/0 to; whether it counts as egress is the rule's decision. */
    public enum RouteTarget { NONE, NAT_GATEWAY, TRANSIT_GATEWAY, NETWORK_INTERFACE, INTERNET_GATEWAY, OTHER }

    /** The route tables of the private subnets, each once: where an S3 gateway endpoint must be attached. */
    public List<String> privateRouteTableIds() {
        return subnets.stream().flatMap(s -> s.routeTableId().stream()).distinct().toList();
    }
}
