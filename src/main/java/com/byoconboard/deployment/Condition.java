package com.byoconboard.deployment;

import java.util.Optional;

/**
 * The IAM condition under which a permission is granted, and the request context a call of ours carries for it.
 * {@link #WITHIN_BOUNDARY} applies only when the customer names a permissions boundary.
 */
public enum Condition {
    NONE(null, null),
    PASSED_TO_EKS("iam:PassedToService", "eks.amazonaws.com"),
    PASSED_TO_EC2("iam:PassedToService", "ec2.amazonaws.com"),
    FOR_EKS("iam:AWSServiceName", "eks.amazonaws.com"),
    FOR_EKS_NODEGROUPS("iam:AWSServiceName", "eks-nodegroup.amazonaws.com"),
    FOR_LOAD_BALANCING("iam:AWSServiceName", "elasticloadbalancing.amazonaws.com"),
    FOR_AUTOSCALING("iam:AWSServiceName", "autoscaling.amazonaws.com"),
    /** The role being created or changed carries the customer's permissions boundary. */
    WITHIN_BOUNDARY("iam:PermissionsBoundary", null);

    public static final String OPERATOR = "StringEquals";

    private final String key;
    private final String value;

    Condition(String key, String value) {
        this.key = key;
        this.value = value;
    }

    /** The condition key, e.g. {@code iam:PassedToService}; empty for {@link #NONE}. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The value our call presents, e.g. {@code eks.amazonaws.com}; for the boundary, the customer's boundary ARN. */
    public Optional<String> value(String permissionsBoundaryArn) {
        if (this == WITHIN_BOUNDARY) {
            return permissionsBoundaryArn.isBlank() ? Optional.empty() : Optional.of(permissionsBoundaryArn);
        }
        return Optional.ofNullable(value);
    }
}
