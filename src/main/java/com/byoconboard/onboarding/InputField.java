package com.byoconboard.onboarding;

/**
 * Paths naming each input, shared by the rules that judge a field and the views that show it. Each step's
 * fields start with that step's prefix.
 */
public final class InputField {

    public static final String ACCOUNT = "account.";
    public static final String ACCOUNT_ID = "account.accountId";
    public static final String ADMIN_EMAIL = "account.adminEmail";
    public static final String ORGANIZATION_NAME = "account.organizationName";
    public static final String ACCOUNT_KIND = "account.kind";

    public static final String REGION = "region";

    public static final String BOOTSTRAP = "bootstrapRole.";
    public static final String ROLE_ARN = "bootstrapRole.roleArn";
    public static final String PERMISSIONS_BOUNDARY_ARN = "bootstrapRole.permissionsBoundaryArn";
    public static final String ALLOW_VPC_WRITE = "bootstrapRole.allowVpcWrite";
    public static final String RESOURCE_NAME_PREFIX = "bootstrapRole.resourceNamePrefix";

    public static final String NETWORK = "network.";
    public static final String VPC_MODE = "network.mode";
    public static final String VPC_CIDR = "network.vpcCidr";
    public static final String AZ_IDS = "network.azIds";
    public static final String NAT_GATEWAYS = "network.natGateways";
    public static final String EXISTING_VPC_ID = "network.existingVpcId";
    public static final String EXISTING_VPC_CIDR = "network.existingVpcCidr";
    public static final String EXISTING_SUBNETS = "network.existingSubnets";

    public static final String CONNECTIVITY = "connectivity.";
    public static final String PEERS = "connectivity.peers";
    public static final String ALLOW_LIST = "connectivity.allowList";
    public static final String REMOVE_PUBLIC_LB = "connectivity.removePublicLoadBalancer";

    public static final String MAINTENANCE = "maintenance.";
    public static final String MAINTENANCE_WEEKDAY = "maintenance.weekday";
    public static final String MAINTENANCE_START = "maintenance.startTime";
    public static final String MAINTENANCE_TIME_ZONE = "maintenance.timeZone";

    private InputField() {
    }

    /** e.g. {@code network.existingSubnets[2].cidr}; {@code part} is subnetId, azId or cidr. */
    public static String existingSubnet(int index, String part) {
        return EXISTING_SUBNETS + "[" + index + "]." + part;
    }

    /** e.g. {@code connectivity.peers[0].cidr}; {@code part} is accountId, vpcId, cidr or region. */
    public static String peer(int index, String part) {
        return PEERS + "[" + index + "]." + part;
    }

    /** e.g. {@code connectivity.allowList[3]}. */
    public static String allowListEntry(int index) {
        return ALLOW_LIST + "[" + index + "]";
    }
}
