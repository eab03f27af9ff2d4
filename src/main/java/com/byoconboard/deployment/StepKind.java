package com.byoconboard.deployment;

import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The steps of a provisioning run, as data: what each waits for (a directed acyclic graph), when it applies (from
 * the inputs and the role's options), which policy switch grants what it does, the kinds of resources it creates,
 * and the further calls it makes. A step that does not apply is skipped, and a skipped dependency counts as done.
 * The bootstrap role's policy is derived from these declarations, and pre-flight checks the role against them.
 */
public enum StepKind {
    PREFLIGHT("preflight", PolicySwitch.ALWAYS, in -> true, List.of(), Calls.PREFLIGHT),
    VERIFY_NETWORK("verify-network", PolicySwitch.ALWAYS, StepKind::existingVpc, List.of(ResourceType.TAGS),
            Calls.EXISTING_NETWORK, PREFLIGHT),
    VPC("vpc", PolicySwitch.VPC_WRITE, StepKind::newVpc, List.of(ResourceType.VPC), List.of(), PREFLIGHT),
    SUBNETS("subnets", PolicySwitch.VPC_WRITE, StepKind::newVpc, List.of(ResourceType.SUBNET), List.of(), VPC),
    INTERNET_GATEWAY("internet-gateway", PolicySwitch.VPC_WRITE, StepKind::newVpc,
            List.of(ResourceType.INTERNET_GATEWAY), List.of(), VPC),
    NAT_GATEWAY("nat-gateway", PolicySwitch.VPC_WRITE, StepKind::newVpc,
            List.of(ResourceType.ELASTIC_IP, ResourceType.NAT_GATEWAY), List.of(), SUBNETS, INTERNET_GATEWAY),
    ROUTE_TABLES("route-tables", PolicySwitch.VPC_WRITE, StepKind::newVpc,
            List.of(ResourceType.ROUTE_TABLE, ResourceType.ROUTE_TABLE_ASSOCIATION), List.of(), NAT_GATEWAY),
    S3_ENDPOINT("s3-endpoint", PolicySwitch.VPC_WRITE, StepKind::newVpc, List.of(ResourceType.VPC_ENDPOINT),
            List.of(), ROUTE_TABLES),
    DATA_BUCKET("data-bucket", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.S3_BUCKET), List.of(), PREFLIGHT),
    CONTROLLER_ROLES("controller-roles", PolicySwitch.IAM_ROLE_CREATION,
            in -> in.bootstrapRole().allowIamRoleCreation(), List.of(ResourceType.IAM_ROLE), List.of(), PREFLIGHT),
    VERIFY_CONTROLLER_ROLES("verify-controller-roles", PolicySwitch.ALWAYS,
            in -> !in.bootstrapRole().allowIamRoleCreation(), List.of(ResourceType.CUSTOMER_IAM_ROLE), List.of(),
            PREFLIGHT),
    EKS_CLUSTER("eks-cluster", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.EKS_CLUSTER), List.of(),
            SUBNETS, VERIFY_NETWORK, CONTROLLER_ROLES, VERIFY_CONTROLLER_ROLES),
    /** Nodes need egress (NAT routes) to join the cluster; the S3 endpoint only shortens image pulls. */
    NODE_GROUP("node-group", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.EKS_NODEGROUP), List.of(),
            EKS_CLUSTER, ROUTE_TABLES),
    HOSTED_ZONE("hosted-zone", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.HOSTED_ZONE), List.of(),
            VPC, VERIFY_NETWORK),
    ENDPOINTS("endpoints", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.HOST_NAME), List.of(),
            NODE_GROUP, HOSTED_ZONE, DATA_BUCKET, S3_ENDPOINT),
    /**
     * The public endpoint's IP allow-list: our security group in the BYOC VPC admitting each entry on the client
     * ports, which the controller attaches to the public load balancer. An entry taken off the list loses its rules.
     */
    PUBLIC_ACCESS("public-access", PolicySwitch.VPC_WRITE, in -> in.bootstrapRole().allowVpcWrite(),
            List.of(ResourceType.SECURITY_GROUP, ResourceType.SECURITY_GROUP_RULE), List.of(), VPC, VERIFY_NETWORK),
    /** The maintenance window, as an object in the data bucket, where the vendor's upgrade scheduler reads it. */
    MAINTENANCE_WINDOW("maintenance-window", PolicySwitch.ALWAYS, in -> true, List.of(),
            List.of(Permission.of("s3:PutObject", Scope.DATA_BUCKET_OBJECTS)), DATA_BUCKET),
    /**
     * Peers taken off the list since the last run: their connections, routes and rules are deleted (and nothing
     * else). Runs first, so that a peer removed and added again is requested afresh. The inputs only say that the
     * role may delete them; a run includes the step only when the deployment holds what a peer no longer listed got
     * (the provisioning planner decides from the journal), so a run that never peered shows it skipped.
     */
    PEERS_REMOVED("peers-removed", PolicySwitch.VPC_WRITE, in -> in.bootstrapRole().allowVpcWrite(), List.of(),
            Calls.REMOVED_PEERS, PREFLIGHT),
    /** The guide's peering step 2: requested from the BYOC VPC, one connection per peer. */
    PEERING_REQUEST("peering-request", PolicySwitch.VPC_WRITE, StepKind::peering,
            List.of(ResourceType.VPC_PEERING_CONNECTION), List.of(), ROUTE_TABLES, VERIFY_NETWORK, PEERS_REMOVED),
    /** Step 3: the peer account accepts; we can only watch the connection's state (and say what to run). */
    PEERING_ACCEPTANCE("peering-acceptance", PolicySwitch.VPC_WRITE, StepKind::peering, List.of(),
            Permission.onAny("ec2", "DescribeVpcPeeringConnections"), PEERING_REQUEST),
    /** Step 4: peer CIDR to the connection in every BYOC private route table (step 5 is the peer's side). */
    PEERING_ROUTES("peering-routes", PolicySwitch.VPC_WRITE, StepKind::peering, List.of(ResourceType.PEERING_ROUTE),
            List.of(), PEERING_ACCEPTANCE),
    /** Step 6: the peer CIDRs admitted to the private endpoint's ports, in a security group of ours. */
    PEERING_SECURITY_GROUP("peering-security-group", PolicySwitch.VPC_WRITE, StepKind::peering,
            List.of(ResourceType.SECURITY_GROUP, ResourceType.SECURITY_GROUP_RULE), List.of(), PEERING_ACCEPTANCE);

    /** The steps of VPC peering: what a change of the peers of a ready deployment runs again, and nothing else. */
    public static final Set<StepKind> PEERING = Collections.unmodifiableSet(EnumSet.of(PEERS_REMOVED, PEERING_REQUEST,
            PEERING_ACCEPTANCE, PEERING_ROUTES, PEERING_SECURITY_GROUP));

    private final String id;
    private final PolicySwitch grantedBy;
    private final Predicate<OnboardingInputs> applies;
    private final List<ResourceType> creates;
    private final List<Permission> alsoCalls;
    private final Set<StepKind> dependsOn;

    StepKind(String id, PolicySwitch grantedBy, Predicate<OnboardingInputs> applies, List<ResourceType> creates,
             List<Permission> alsoCalls, StepKind... dependsOn) {
        this.id = id;
        this.grantedBy = grantedBy;
        this.applies = applies;
        this.creates = creates;
        this.alsoCalls = alsoCalls;
        // Not an EnumSet: the enum is not initialized yet while its constants are built.
        this.dependsOn = Set.of(dependsOn);
    }

    /** Stable identifier, used in the journal, in job names and in message keys ({@code provisioning.step.<id>}). */
    public String id() {
        return id;
    }

    public Set<StepKind> dependsOn() {
        return dependsOn;
    }

    /** Whether the step does anything for an onboarding with these inputs. */
    public boolean appliesTo(OnboardingInputs inputs) {
        return applies.test(inputs);
    }

    /** The role option whose policy grants this step's permissions (those the always-on policy lacks). */
    public PolicySwitch grantedBy() {
        return grantedBy;
    }

    public List<ResourceType> creates() {
        return creates;
    }

    /** Every permission the step's calls need: its resources' (create, find, delete) and its further calls. */
    public List<Permission> permissions() {
        var all = new ArrayList<Permission>();
        creates.forEach(type -> all.addAll(type.permissions()));
        all.addAll(alsoCalls);
        return all;
    }

    /**
     * The calls the step makes besides creating its resources: pre-flight's AssumeRole, which every later call of
     * the run needs, then its reads side by side; a verification's reads; the look at a peering's acceptance.
     */
    public Creation ownCalls() {
        return switch (this) {
            case PREFLIGHT -> Creation.of("sts:AssumeRole").then("iam:SimulatePrincipalPolicy",
                    "ec2:DescribeAvailabilityZones", "ec2:DescribeAccountAttributes", "ec2:DescribeVpcs",
                    "ec2:DescribeAddresses", "ec2:DescribeNatGateways");
            case VERIFY_NETWORK -> Creation.NONE.then("ec2:DescribeVpcs", "ec2:DescribeSubnets",
                    "ec2:DescribeVpcEndpoints", "ec2:DescribeRouteTables");
            case PEERING_ACCEPTANCE -> Creation.NONE.waitsWith("ec2:DescribeVpcPeeringConnections");
            case MAINTENANCE_WINDOW -> Creation.of("s3:PutObject");
            case VPC, SUBNETS, INTERNET_GATEWAY, NAT_GATEWAY, ROUTE_TABLES, S3_ENDPOINT, DATA_BUCKET, CONTROLLER_ROLES,
                 VERIFY_CONTROLLER_ROLES, EKS_CLUSTER, NODE_GROUP, HOSTED_ZONE, ENDPOINTS, PUBLIC_ACCESS, PEERS_REMOVED,
                 PEERING_REQUEST, PEERING_ROUTES, PEERING_SECURITY_GROUP -> Creation.NONE;
        };
    }

    /**
     * The steps a run of a day-2 change of this kind runs again, and nothing else: each finds what it made (journal,
     * then tags), makes what the new value needs and removes what it no longer does.
     */
    public static Set<StepKind> applying(ChangeKind kind) {
        return switch (kind) {
            case ALLOW_LIST -> EnumSet.of(PUBLIC_ACCESS);
            case MAINTENANCE_WINDOW -> EnumSet.of(MAINTENANCE_WINDOW);
            case PEERS -> PEERING;
            // Verified again against the account (the guide's rules for an existing VPC), then tagged.
            case SUBNETS -> EnumSet.of(VERIFY_NETWORK);
        };
    }

    public static Optional<StepKind> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    private static boolean newVpc(OnboardingInputs inputs) {
        return inputs.network().mode() == VpcMode.NEW_VPC;
    }

    /** Peering needs the role's VPC write (PEER-009 says so in the wizard); without it, nothing is peered. */
    private static boolean peering(OnboardingInputs inputs) {
        return !inputs.connectivity().activePeers().isEmpty() && inputs.bootstrapRole().allowVpcWrite();
    }

    private static boolean existingVpc(OnboardingInputs inputs) {
        return inputs.network().mode() == VpcMode.EXISTING_VPC;
    }

    /** Calls beyond creating, finding and deleting a step's resources: reads before anything is created, deletes of what is gone. */
    private static final class Calls {
        static final List<Permission> EXISTING_NETWORK = ec2("DescribeVpcs", "DescribeSubnets", "DescribeVpcEndpoints",
                "DescribeRouteTables");
        static final List<Permission> PREFLIGHT;
        /** What deleting a removed peer's resources calls. */
        static final List<Permission> REMOVED_PEERS = List.of(
                Permission.of("ec2:DeleteVpcPeeringConnection", Scope.PEERING_CONNECTIONS),
                Permission.of("ec2:DeleteRoute", Scope.ROUTE_TABLES),
                Permission.of("ec2:RevokeSecurityGroupIngress", Scope.SECURITY_GROUPS),
                Permission.of("ec2:DeleteSecurityGroup", Scope.SECURITY_GROUPS));

        static {
            var preflight = new ArrayList<>(ec2("DescribeAvailabilityZones", "DescribeAccountAttributes",
                    "DescribeAddresses", "DescribeNatGateways"));
            preflight.addAll(EXISTING_NETWORK);
            // The role proves its own permissions: the simulator, or else its own policies read back.
            for (String action : List.of("iam:SimulatePrincipalPolicy", "iam:ListRolePolicies", "iam:GetRolePolicy",
                    "iam:ListAttachedRolePolicies")) {
                preflight.add(Permission.of(action, Scope.BOOTSTRAP_ROLE));
            }
            preflight.add(Permission.of("iam:GetPolicy", Scope.ANY));
            preflight.add(Permission.of("iam:GetPolicyVersion", Scope.ANY));
            PREFLIGHT = List.copyOf(preflight);
        }

        private static List<Permission> ec2(String... actions) {
            return Permission.onAny("ec2", actions);
        }
    }
}
