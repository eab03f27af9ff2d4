package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a provisioning run and what each waits for: a directed acyclic graph. Steps that do not
 * apply to the onboarding's VPC mode are skipped, and a skipped dependency counts as done.
 */
public enum StepKind {
    PREFLIGHT("preflight", null),
    VERIFY_NETWORK("verify-network", VpcMode.EXISTING_VPC, PREFLIGHT),
    VPC("vpc", VpcMode.NEW_VPC, PREFLIGHT),
    SUBNETS("subnets", VpcMode.NEW_VPC, VPC),
    INTERNET_GATEWAY("internet-gateway", VpcMode.NEW_VPC, VPC),
    NAT_GATEWAY("nat-gateway", VpcMode.NEW_VPC, SUBNETS, INTERNET_GATEWAY),
    ROUTE_TABLES("route-tables", VpcMode.NEW_VPC, NAT_GATEWAY),
    S3_ENDPOINT("s3-endpoint", VpcMode.NEW_VPC, ROUTE_TABLES),
    DATA_BUCKET("data-bucket", null, PREFLIGHT),
    CONTROLLER_ROLES("controller-roles", null, PREFLIGHT),
    EKS_CLUSTER("eks-cluster", null, SUBNETS, VERIFY_NETWORK, CONTROLLER_ROLES),
    NODE_GROUP("node-group", null, EKS_CLUSTER, S3_ENDPOINT),
    HOSTED_ZONE("hosted-zone", null, VPC, VERIFY_NETWORK),
    ENDPOINTS("endpoints", null, NODE_GROUP, HOSTED_ZONE, DATA_BUCKET);

    private final String id;
    private final VpcMode onlyFor;
    private final Set<StepKind> dependsOn;

    StepKind(String id, VpcMode onlyFor, StepKind... dependsOn) {
        this.id = id;
        this.onlyFor = onlyFor;
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

    /** Whether the step does anything for an onboarding with this VPC mode. */
    public boolean appliesTo(VpcMode mode) {
        return onlyFor == null || onlyFor == mode;
    }

    public static Optional<StepKind> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
