package com.byoconboard.deployment;

import java.util.List;
import java.util.Map;

/**
 * The resource of a policy statement: literal text and placeholders that the template fills at deploy time (the
 * partition, the account) or from the onboarding (the name prefix, the bootstrap role's name).
 */
public enum ArnPattern {
    ANY("Any", "*"),
    BUCKETS("Buckets", "arn:", Placeholder.PARTITION, ":s3:::", Placeholder.PREFIX, "*"),
    BUCKET_OBJECTS("BucketObjects", "arn:", Placeholder.PARTITION, ":s3:::", Placeholder.PREFIX, "*/*"),
    ROLES("Roles", "arn:", Placeholder.PARTITION, ":iam::", Placeholder.ACCOUNT, ":role/", Placeholder.PREFIX, "*"),
    BOOTSTRAP_ROLE("BootstrapRole", "arn:", Placeholder.PARTITION, ":iam::", Placeholder.ACCOUNT, ":role/",
            Placeholder.BOOTSTRAP_ROLE_NAME),
    SERVICE_LINKED_ROLES("ServiceLinkedRoles", "arn:", Placeholder.PARTITION, ":iam::", Placeholder.ACCOUNT,
            ":role/aws-service-role/*"),
    POLICIES("Policies", "arn:", Placeholder.PARTITION, ":iam::", Placeholder.ACCOUNT, ":policy/", Placeholder.PREFIX, "*"),
    OIDC_PROVIDERS("OidcProviders", "arn:", Placeholder.PARTITION, ":iam::", Placeholder.ACCOUNT, ":oidc-provider/*"),
    CLUSTERS("Clusters", "arn:", Placeholder.PARTITION, ":eks:*:", Placeholder.ACCOUNT, ":cluster/", Placeholder.PREFIX, "*"),
    NODEGROUPS("Nodegroups", "arn:", Placeholder.PARTITION, ":eks:*:", Placeholder.ACCOUNT, ":nodegroup/",
            Placeholder.PREFIX, "*/*"),
    ADDONS("Addons", "arn:", Placeholder.PARTITION, ":eks:*:", Placeholder.ACCOUNT, ":addon/", Placeholder.PREFIX, "*/*"),
    ACCESS_ENTRIES("AccessEntries", "arn:", Placeholder.PARTITION, ":eks:*:", Placeholder.ACCOUNT, ":access-entry/",
            Placeholder.PREFIX, "*/*"),
    /** EC2 resources of the customer's account by type: their IDs are AWS's, so only the type can be scoped. */
    EC2_VPCS("Vpcs", "arn:", Placeholder.PARTITION, ":ec2:*:", Placeholder.ACCOUNT, ":vpc/*"),
    /** A peer VPC may be in any account: the customer names it, and AWS asks the accepter anyway. */
    EC2_ANY_ACCOUNT_VPCS("PeerVpcs", "arn:", Placeholder.PARTITION, ":ec2:*:*:vpc/*"),
    EC2_PEERING_CONNECTIONS("PeeringConnections", "arn:", Placeholder.PARTITION, ":ec2:*:", Placeholder.ACCOUNT,
            ":vpc-peering-connection/*"),
    EC2_ROUTE_TABLES("RouteTables", "arn:", Placeholder.PARTITION, ":ec2:*:", Placeholder.ACCOUNT, ":route-table/*"),
    EC2_SECURITY_GROUPS("SecurityGroups", "arn:", Placeholder.PARTITION, ":ec2:*:", Placeholder.ACCOUNT,
            ":security-group/*");

    /** A value the pattern leaves open. */
    public enum Placeholder { PARTITION, ACCOUNT, PREFIX, BOOTSTRAP_ROLE_NAME }

    private final String title;
    private final List<Object> pieces;

    ArnPattern(String title, Object... pieces) {
        this.title = title;
        this.pieces = List.of(pieces);
    }

    /** A word for statement IDs, e.g. {@code Buckets}. */
    public String title() {
        return title;
    }

    /** Literal strings and {@link Placeholder}s, in order. */
    public List<Object> pieces() {
        return pieces;
    }

    /** The pattern with every placeholder replaced, as a policy's {@code Resource}. */
    public String resolve(Map<Placeholder, String> values) {
        var text = new StringBuilder();
        for (Object piece : pieces) {
            text.append(piece instanceof Placeholder p ? values.get(p) : piece);
        }
        return text.toString();
    }
}
