package com.byoconboard.provisioning;

import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.ControllerRole;
import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.PublicAccess;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an onboarding's blueprint into the list of what provisioning creates, resource by resource, with the
 * names and tags each gets: pure, no AWS calls. The network comes from the blueprint's one network plan.
 */
final class Planner {

    private final ProvisioningProperties properties;

    Planner(ProvisioningProperties properties) {
        this.properties = properties;
    }

    /**
     * The plan for {@code onboarding} as it stands, given what the journal holds of its deployment ({@code recorded},
     * deleted ones included): peering resources of peers no longer listed are to be removed.
     */
    ProvisioningPlan plan(Onboarding onboarding, List<RecordedResource> recorded) {
        var blueprint = Blueprint.of(onboarding);
        var in = onboarding.inputs();
        var names = blueprint.names();
        var plan = new Collector(names, new ArrayList<>());
        var network = blueprint.network();
        network.ifPresent(n -> planNetwork(plan, n));
        if (StepKind.VERIFY_NETWORK.appliesTo(in)) {
            plan.tags(StepKind.VERIFY_NETWORK, "tags-" + in.network().existingVpcId(), in.network().existingVpcId(), "");
            for (ExistingSubnet subnet : in.network().existingSubnets()) {
                plan.tags(StepKind.VERIFY_NETWORK, "tags-" + subnet.subnetId(), subnet.subnetId(),
                        subnet.azId() + " " + subnet.cidr());
            }
        }
        plan.add(StepKind.DATA_BUCKET, ResourceType.S3_BUCKET, "bucket", names.bucket(), in.region(), Map.of());
        boolean creates = StepKind.CONTROLLER_ROLES.appliesTo(in);
        for (ControllerRole role : ControllerRole.ALL) {
            plan.add(creates ? StepKind.CONTROLLER_ROLES : StepKind.VERIFY_CONTROLLER_ROLES,
                    creates ? ResourceType.IAM_ROLE : ResourceType.CUSTOMER_IAM_ROLE, role.logicalName(),
                    names.role(role), role.trustedService(), Map.of());
        }
        plan.add(StepKind.EKS_CLUSTER, ResourceType.EKS_CLUSTER, "eks", names.cluster(),
                "Kubernetes " + properties.kubernetesVersion(), Map.of());
        plan.add(StepKind.NODE_GROUP, ResourceType.EKS_NODEGROUP, "nodegroup", names.nodeGroup(),
                properties.nodeInstanceType(), Map.of());
        plan.add(StepKind.HOSTED_ZONE, ResourceType.HOSTED_ZONE, "zone", zoneName(names), "private", Map.of());
        String publicEndpoint = names.shortId() + "." + in.region() + ".aws." + properties.endpointDomain();
        String privateEndpoint = privateHost(publicEndpoint);
        plan.add(StepKind.ENDPOINTS, ResourceType.HOST_NAME, "endpoint-public", publicEndpoint, "public", Map.of());
        plan.add(StepKind.ENDPOINTS, ResourceType.HOST_NAME, "endpoint-private", privateEndpoint, "private", Map.of());
        if (StepKind.PUBLIC_ACCESS.appliesTo(in)) {
            planPublicAccess(plan, in);
        }
        if (StepKind.PEERING_REQUEST.appliesTo(in)) {
            planPeering(plan, in, network);
        }
        var planned = plan.resources().stream().map(PlannedResource::logicalName).toList();
        var peeringToRemove = recorded.stream().filter(r -> r.deletedAt() == null
                && StepKind.PEERING.contains(r.step()) && !planned.contains(r.logicalName())).toList();
        // Nothing to remove, nothing to do: the step is skipped rather than shown done.
        var steps = blueprint.steps().stream()
                .filter(s -> s != StepKind.PEERS_REMOVED || !peeringToRemove.isEmpty()).toList();
        return new ProvisioningPlan(in.network().mode(), steps, network, plan.resources(), peeringToRemove,
                blueprint.requiredPermissions(roleName(in.bootstrapRole().roleArn())), publicEndpoint, privateEndpoint);
    }

    /** The name in a role ARN ({@code arn:aws:iam::123456789012:role/path/Name}), blank while there is none. */
    static String roleName(String roleArn) {
        return roleArn.substring(roleArn.lastIndexOf('/') + 1);
    }

    String zoneName(ResourceNames names) {
        return names.shortId() + "." + properties.privateZoneDomain();
    }

    /** The guide's rule: the private endpoint is the public host with {@code -private} appended to its first label. */
    static String privateHost(String publicHost) {
        int dot = publicHost.indexOf('.');
        return dot < 0 ? publicHost + "-private" : publicHost.substring(0, dot) + "-private" + publicHost.substring(dot);
    }

    private static void planNetwork(Collector plan, NetworkPlan network) {
        plan.add(StepKind.VPC, ResourceType.VPC, NetworkPlan.VPC, "vpc", network.vpcCidr(), Map.of());
        for (NetworkPlan.Zone zone : network.zones()) {
            plan.add(StepKind.SUBNETS, ResourceType.SUBNET, zone.privateSubnet(), "private-" + zone.azId(),
                    zone.azId() + " " + zone.privateCidr(), Map.of(ResourceNames.INTERNAL_ELB_TAG, "1"));
            plan.add(StepKind.SUBNETS, ResourceType.SUBNET, zone.publicSubnet(), "public-" + zone.azId(),
                    zone.azId() + " " + zone.publicCidr(), Map.of(ResourceNames.PUBLIC_ELB_TAG, "1"));
        }
        plan.add(StepKind.INTERNET_GATEWAY, ResourceType.INTERNET_GATEWAY, NetworkPlan.INTERNET_GATEWAY, "igw", "", Map.of());
        for (NetworkPlan.NatGateway nat : network.natGateways()) {
            plan.add(StepKind.NAT_GATEWAY, ResourceType.ELASTIC_IP, nat.elasticIp(), nat.elasticIp(), nat.zone().azId(),
                    Map.of());
            plan.add(StepKind.NAT_GATEWAY, ResourceType.NAT_GATEWAY, nat.logicalName(), nat.logicalName(),
                    nat.zone().publicSubnet(), Map.of());
        }
        for (NetworkPlan.RouteTable table : network.routeTables()) {
            String target = switch (table.defaultRoute()) {
                case NetworkPlan.ViaInternetGateway() -> NetworkPlan.INTERNET_GATEWAY;
                case NetworkPlan.ViaNatGateway(var nat) -> nat.logicalName();
            };
            plan.add(StepKind.ROUTE_TABLES, ResourceType.ROUTE_TABLE, table.logicalName(), table.logicalName(),
                    "0.0.0.0/0 → " + target, Map.of());
            for (String subnet : table.subnets()) {
                plan.add(StepKind.ROUTE_TABLES, ResourceType.ROUTE_TABLE_ASSOCIATION, association(subnet),
                        subnet, table.logicalName(), Map.of());
            }
        }
        plan.add(StepKind.S3_ENDPOINT, ResourceType.VPC_ENDPOINT, NetworkPlan.S3_ENDPOINT, "s3-gateway",
                String.join(", ", network.s3EndpointRouteTables()), Map.of());
    }

    private static void planPublicAccess(Collector plan, OnboardingInputs in) {
        plan.add(StepKind.PUBLIC_ACCESS, ResourceType.SECURITY_GROUP, PublicAccess.SECURITY_GROUP,
                PublicAccess.SECURITY_GROUP, "", Map.of());
        for (String entry : in.connectivity().allowList()) {
            for (int port : Peering.CLIENT_PORTS) {
                plan.add(StepKind.PUBLIC_ACCESS, ResourceType.SECURITY_GROUP_RULE, PublicAccess.rule(entry, port),
                        PublicAccess.rule(entry, port), PublicAccess.cidr(entry) + " tcp/" + port, Map.of());
            }
        }
    }

    private static void planPeering(Collector plan, OnboardingInputs in, Optional<NetworkPlan> network) {
        List<VpcPeer> peers = in.connectivity().activePeers();
        for (VpcPeer peer : peers) {
            plan.add(StepKind.PEERING_REQUEST, ResourceType.VPC_PEERING_CONNECTION, Peering.connection(peer),
                    Peering.connection(peer), peer.accountId() + " " + peer.vpcId() + " " + peer.regionOr(in.region()),
                    Map.of());
        }
        for (VpcPeer peer : peers) {
            for (String table : peeringRouteTables(in, network)) {
                plan.add(StepKind.PEERING_ROUTES, ResourceType.PEERING_ROUTE, Peering.route(table, peer), table,
                        peer.cidr() + " → " + Peering.connection(peer), Map.of());
            }
        }
        plan.add(StepKind.PEERING_SECURITY_GROUP, ResourceType.SECURITY_GROUP, Peering.SECURITY_GROUP,
                Peering.SECURITY_GROUP, "", Map.of());
        for (VpcPeer peer : peers) {
            for (int port : Peering.CLIENT_PORTS) {
                plan.add(StepKind.PEERING_SECURITY_GROUP, ResourceType.SECURITY_GROUP_RULE, Peering.rule(peer, port),
                        Peering.rule(peer, port), peer.cidr() + " tcp/" + port, Map.of());
            }
        }
    }

    /**
     * Where the routes to the peers go: each private route table of the new VPC (by logical name), or, in an
     * existing VPC, the route table of each private subnet (by subnet ID; found in AWS when the step runs).
     */
    static List<String> peeringRouteTables(OnboardingInputs in, Optional<NetworkPlan> network) {
        return network.map(NetworkPlan::privateRouteTables)
                .orElseGet(() -> in.network().existingSubnets().stream().map(ExistingSubnet::subnetId).toList());
    }

    /** The logical name of a subnet's route table association. */
    static String association(String subnetLogicalName) {
        return "rtbassoc-" + subnetLogicalName;
    }

    /** Adds resources with the standard tags (plus extra ones); untaggable kinds get none. */
    private record Collector(ResourceNames names, List<PlannedResource> resources) {
        void add(StepKind step, ResourceType type, String logical, String name, String detail, Map<String, String> extra) {
            boolean ec2Named = switch (type) {
                case VPC, SUBNET, INTERNET_GATEWAY, ELASTIC_IP, NAT_GATEWAY, ROUTE_TABLE, VPC_ENDPOINT,
                     VPC_PEERING_CONNECTION, SECURITY_GROUP -> true;
                case ROUTE_TABLE_ASSOCIATION, S3_BUCKET, IAM_ROLE, CUSTOMER_IAM_ROLE, EKS_CLUSTER, EKS_NODEGROUP,
                     HOSTED_ZONE, TAGS, HOST_NAME, PEERING_ROUTE, SECURITY_GROUP_RULE -> false;
            };
            String awsName = ec2Named ? names.named(name) : name;
            Map<String, String> tags = new LinkedHashMap<>();
            boolean tagged = switch (type) {
                // Routes and rules take no tags: they are found by what they are (destination, CIDR and port).
                case ROUTE_TABLE_ASSOCIATION, HOST_NAME, CUSTOMER_IAM_ROLE, PEERING_ROUTE, SECURITY_GROUP_RULE -> false;
                default -> true;
            };
            if (tagged) {
                tags.putAll(names.tags(logical, awsName));
            }
            tags.putAll(extra);
            resources.add(new PlannedResource(step, type, logical, awsName, detail, tags));
        }

        /** Our ownership tags on a resource of the customer's (no Name: it keeps its own). */
        void tags(StepKind step, String logical, String resourceId, String detail) {
            resources.add(new PlannedResource(step, ResourceType.TAGS, logical, resourceId, detail,
                    names.ownership(logical)));
        }
    }
}
