package com.byoconboard.provisioning;

import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionStateReasonCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * VPC peering done for the customer (the guide's steps 2 to 4 and 6): the connection requested from the BYOC VPC,
 * its acceptance in the peer account watched, routes in the BYOC private route tables, and the peer CIDRs admitted
 * in our security group. The peer's side (acceptance, its routes) only the customer can do.
 */
final class PeeringSteps {

    /** States after which a connection carries no traffic and cannot be accepted any more. */
    private static final Set<VpcPeeringConnectionStateReasonCode> ENDED = EnumSet.of(
            VpcPeeringConnectionStateReasonCode.REJECTED, VpcPeeringConnectionStateReasonCode.EXPIRED,
            VpcPeeringConnectionStateReasonCode.FAILED, VpcPeeringConnectionStateReasonCode.DELETED,
            VpcPeeringConnectionStateReasonCode.DELETING);

    private PeeringSteps() {
    }

    /** Deletes what peering created for peers no longer listed (newest first), and nothing else. */
    static void removeDropped(StepContext c) {
        c.plan.peeringToRemove().reversed().forEach(c::delete);
    }

    /**
     * One connection per peer, requested from the BYOC VPC. A recorded connection that ended (rejected, expired)
     * is forgotten and requested again: that is what a retry after a rejection means.
     */
    static void request(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.byocVpcId();
        for (VpcPeer peer : peers(c)) {
            String logical = Peering.connection(peer);
            c.recorded().stream().filter(r -> r.logicalName().equals(logical))
                    .filter(r -> describe(ec2, r.resourceId()).map(PeeringSteps::ended).orElse(true))
                    .forEach(c::forget);
            c.ensure(logical, vpcId,
                    // The tags and the peer VPC checked again: the emulator ignores tag filters on peering connections.
                    () -> ec2.describeVpcPeeringConnections(r -> r.filters(c.tagFilters(logical))).vpcPeeringConnections()
                            .stream().filter(p -> !ended(p) && c.isTagged(p.tags(), logical)
                                    && peer.vpcId().equals(p.accepterVpcInfo().vpcId()))
                            .findFirst().map(VpcPeeringConnection::vpcPeeringConnectionId),
                    p -> ec2.createVpcPeeringConnection(r -> r.vpcId(vpcId).peerVpcId(peer.vpcId())
                                    .peerOwnerId(peer.accountId()).peerRegion(peer.regionOr(c.region()))
                                    .tagSpecifications(c.tagSpec(ResourceType.VPC_PEERING_CONNECTION, p)))
                            .vpcPeeringConnection().vpcPeeringConnectionId());
        }
    }

    /**
     * Done when every connection is active; waits for the customer while one is pending acceptance; fails, saying
     * why, when one was rejected, expired or failed, and forgets it, so that a retry requests a new one.
     */
    static void acceptance(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        var pending = new ArrayList<String>();
        for (VpcPeer peer : peers(c)) {
            String id = c.idOf(Peering.connection(peer));
            var connection = describe(ec2, id);
            var code = connection.map(p -> p.status().code()).orElse(VpcPeeringConnectionStateReasonCode.DELETED);
            String awsText = connection.map(p -> p.status().message()).filter(m -> m != null).orElse("");
            switch (code) {
                case ACTIVE -> { }
                case INITIATING_REQUEST, PENDING_ACCEPTANCE, PROVISIONING -> pending.add(id);
                case REJECTED, EXPIRED, FAILED, DELETED, DELETING, UNKNOWN_TO_SDK_VERSION -> {
                    // A retry requests a new connection: this one cannot be accepted any more.
                    c.recorded().stream().filter(r -> r.resourceId().equals(id)).forEach(c::forget);
                    c.redo(StepKind.PEERING_REQUEST);
                    throw new StepFailure(Message.of("provisioning.peering.ended." + stateKey(code), id,
                            peer.accountId(), peer.vpcId(), awsText), awsText);
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new AwaitingCustomer(Message.of("provisioning.peering.waiting", String.join(", ", pending)));
        }
    }

    /** The peer CIDR to its connection in every BYOC private route table; an existing route is kept. */
    static void routes(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        for (VpcPeer peer : peers(c)) {
            String pcx = c.idOf(Peering.connection(peer));
            for (String table : Planner.peeringRouteTables(c.onboarding.inputs(), c.plan.network())) {
                RouteTable routeTable = routeTable(c, ec2, table);
                String rtbId = routeTable.routeTableId();
                c.ensure(Peering.route(table, peer), rtbId,
                        () -> routeTable.routes().stream().filter(r -> peer.cidr().equals(r.destinationCidrBlock())
                                && pcx.equals(r.vpcPeeringConnectionId())).findFirst().map(r -> peer.cidr()),
                        p -> {
                            ec2.createRoute(r -> r.routeTableId(rtbId).destinationCidrBlock(peer.cidr())
                                    .vpcPeeringConnectionId(pcx));
                            return peer.cidr();
                        });
            }
        }
    }

    /** Our security group in the BYOC VPC, admitting each peer CIDR on the client ports. */
    static void securityGroup(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.byocVpcId();
        String sg = Peering.SECURITY_GROUP;
        String groupId = c.ensure(sg, vpcId,
                () -> ec2.describeSecurityGroups(r -> r.filters(c.tagFilters(sg))).securityGroups().stream().findFirst()
                        .map(SecurityGroup::groupId),
                p -> ec2.createSecurityGroup(r -> r.groupName(p.name()).vpcId(vpcId)
                        .description("Peered VPCs reaching the private endpoint")
                        .tagSpecifications(c.tagSpec(ResourceType.SECURITY_GROUP, p))).groupId());
        for (VpcPeer peer : peers(c)) {
            for (int port : Peering.CLIENT_PORTS) {
                c.ensure(Peering.rule(peer, port), groupId, () -> ingressRule(ec2, groupId, peer.cidr(), port),
                        p -> {
                            ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(IpPermission.builder()
                                    .ipProtocol("tcp").fromPort(port).toPort(port).ipRanges(IpRange.builder()
                                            .cidrIp(peer.cidr()).description("VPC peering " + peer.vpcId()).build())
                                    .build()));
                            // Read back: the response lists only some of the rules on the emulator (and AWS).
                            return ingressRule(ec2, groupId, peer.cidr(), port).orElseThrow();
                        });
            }
        }
    }

    /** The inbound rule of our group admitting {@code cidr} (IPv4 or IPv6) on {@code port}, as AWS lists it. */
    static Optional<String> ingressRule(Ec2Client ec2, String groupId, String cidr, int port) {
        return ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder().name("group-id").values(groupId).build()))
                .securityGroupRules().stream()
                .filter(rule -> !Boolean.TRUE.equals(rule.isEgress())
                        && (cidr.equals(rule.cidrIpv4()) || cidr.equals(rule.cidrIpv6()))
                        && Integer.valueOf(port).equals(rule.fromPort()) && Integer.valueOf(port).equals(rule.toPort()))
                .findFirst().map(SecurityGroupRule::securityGroupRuleId);
    }

    /** A BYOC route table by its logical name (new VPC), or the one a private subnet uses (existing VPC). */
    private static RouteTable routeTable(StepContext c, Ec2Client ec2, String table) {
        if (c.plan.network().isPresent()) {
            String id = c.idOf(table);
            return ec2.describeRouteTables(r -> r.routeTableIds(id)).routeTables().getFirst();
        }
        var explicit = ec2.describeRouteTables(r -> r.filters(
                Filter.builder().name("association.subnet-id").values(table).build())).routeTables();
        // A subnet without its own route table uses the VPC's main one.
        return explicit.isEmpty() ? ec2.describeRouteTables(r -> r.filters(
                Filter.builder().name("vpc-id").values(c.byocVpcId()).build(),
                Filter.builder().name("association.main").values("true").build())).routeTables().getFirst()
                : explicit.getFirst();
    }

    /** The connection as AWS has it; empty once AWS has forgotten it. */
    private static Optional<VpcPeeringConnection> describe(Ec2Client ec2, String id) {
        try {
            return ec2.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(id)).vpcPeeringConnections()
                    .stream().findFirst();
        } catch (AwsServiceException e) {
            if (Teardown.gone(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean ended(VpcPeeringConnection connection) {
        return ENDED.contains(connection.status().code());
    }

    private static String stateKey(VpcPeeringConnectionStateReasonCode code) {
        return switch (code) {
            case REJECTED -> "rejected";
            case EXPIRED -> "expired";
            case FAILED -> "failed";
            default -> "deleted";
        };
    }

    private static List<VpcPeer> peers(StepContext c) {
        return c.onboarding.inputs().connectivity().activePeers();
    }
}
