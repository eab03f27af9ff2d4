package com.byoconboard.deployment;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app reads in the customer's account after provisioning, through the bootstrap role: the drift check
 * ("Verify": is each recorded resource still there, as recorded, and what else carries the onboarding's tag) and
 * offboarding's check that nothing tagged remains. Part of the role's always-on policy, like the steps' calls.
 */
public final class AccountReads {

    /** Every (action, resource) those checks call; each resource kind is looked up by its ID or name. */
    public static final List<Permission> PERMISSIONS;

    static {
        var reads = new ArrayList<>(Permission.onAny("ec2", "DescribeVpcs", "DescribeSubnets",
                "DescribeInternetGateways", "DescribeAddresses", "DescribeNatGateways", "DescribeRouteTables",
                "DescribeVpcEndpoints", "DescribeSecurityGroups", "DescribeSecurityGroupRules",
                "DescribeVpcPeeringConnections", "DescribeTags"));
        reads.add(Permission.of("s3:GetBucketLocation", Scope.DATA_BUCKET));
        reads.add(Permission.of("iam:GetRole", Scope.CONTROLLER_ROLES));
        reads.add(Permission.of("eks:DescribeCluster", Scope.CLUSTER));
        reads.add(Permission.of("eks:DescribeNodegroup", Scope.NODEGROUP));
        reads.add(Permission.of("route53:GetHostedZone", Scope.ANY));
        PERMISSIONS = List.copyOf(reads);
    }

    private AccountReads() {
    }
}
