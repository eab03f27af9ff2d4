package com.byoconboard.deployment;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.ArrayList;
import java.util.Arrays;
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
    PREFLIGHT("preflight", PolicySwitch.ALWAYS, in -> true, List.of(), Reads.PREFLIGHT),
    VERIFY_NETWORK("verify-network", PolicySwitch.ALWAYS, StepKind::existingVpc, List.of(ResourceType.TAGS),
            Reads.EXISTING_NETWORK, PREFLIGHT),
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
    NODE_GROUP("node-group", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.EKS_NODEGROUP), List.of(),
            EKS_CLUSTER, S3_ENDPOINT),
    HOSTED_ZONE("hosted-zone", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.HOSTED_ZONE), List.of(),
            VPC, VERIFY_NETWORK),
    ENDPOINTS("endpoints", PolicySwitch.ALWAYS, in -> true, List.of(ResourceType.HOST_NAME), List.of(),
            NODE_GROUP, HOSTED_ZONE, DATA_BUCKET);

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

    public static Optional<StepKind> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    private static boolean newVpc(OnboardingInputs inputs) {
        return inputs.network().mode() == VpcMode.NEW_VPC;
    }

    private static boolean existingVpc(OnboardingInputs inputs) {
        return inputs.network().mode() == VpcMode.EXISTING_VPC;
    }

    /** Calls that read what is there before anything is created or tagged. */
    private static final class Reads {
        static final List<Permission> EXISTING_NETWORK = ec2("DescribeVpcs", "DescribeSubnets", "DescribeVpcEndpoints",
                "DescribeRouteTables");
        static final List<Permission> PREFLIGHT;

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
