package com.byoconboard.deployment;

import java.time.Duration;
import java.util.List;

import static com.byoconboard.deployment.Condition.FOR_EKS;
import static com.byoconboard.deployment.Condition.FOR_EKS_NODEGROUPS;
import static com.byoconboard.deployment.Condition.PASSED_TO_EC2;
import static com.byoconboard.deployment.Condition.PASSED_TO_EKS;
import static com.byoconboard.deployment.Condition.WITHIN_BOUNDARY;

/**
 * Kinds of things a run creates (or, for an existing VPC, tags) in the customer's account, each with every IAM
 * permission our calls need to create it, to find it again (a retry, a restart) and to delete it.
 */
public enum ResourceType {
    VPC(ec2("CreateVpc", "CreateTags", "ModifyVpcAttribute", "DescribeVpcs", "DeleteVpc"),
            Creation.of("ec2:CreateVpc").then("ec2:ModifyVpcAttribute", "ec2:ModifyVpcAttribute")),
    SUBNET(ec2("CreateSubnet", "CreateTags", "DescribeSubnets", "DeleteSubnet"),
            Creation.of("ec2:CreateSubnet")),
    INTERNET_GATEWAY(ec2("CreateInternetGateway", "CreateTags", "AttachInternetGateway", "DescribeInternetGateways",
            "DetachInternetGateway", "DeleteInternetGateway"),
            Creation.of("ec2:CreateInternetGateway", "ec2:AttachInternetGateway")),
    ELASTIC_IP(ec2("AllocateAddress", "CreateTags", "DescribeAddresses", "ReleaseAddress"),
            Creation.of("ec2:AllocateAddress")),
    NAT_GATEWAY(ec2("CreateNatGateway", "CreateTags", "DescribeNatGateways", "DeleteNatGateway"),
            // AWS's usual times to ready (NAT gateway 1-2 min, EKS cluster about 10, node group 3-5).
            Creation.of("ec2:CreateNatGateway").waitsWith("ec2:DescribeNatGateways", Duration.ofMinutes(2))),
    ROUTE_TABLE(ec2("CreateRouteTable", "CreateTags", "CreateRoute", "DescribeRouteTables", "DeleteRouteTable"),
            Creation.of("ec2:CreateRouteTable", "ec2:CreateRoute")),
    ROUTE_TABLE_ASSOCIATION(ec2("AssociateRouteTable", "DescribeRouteTables", "DisassociateRouteTable"),
            Creation.of("ec2:AssociateRouteTable")),
    VPC_ENDPOINT(ec2("CreateVpcEndpoint", "CreateTags", "DescribeVpcEndpoints", "DeleteVpcEndpoints"),
            Creation.of("ec2:CreateVpcEndpoint")),
    S3_BUCKET(List.of(
            Permission.of("s3:CreateBucket", Scope.DATA_BUCKET),
            // GetBucketLocation finds our bucket: a bucket of the same name in another account answers 403.
            Permission.of("s3:GetBucketLocation", Scope.DATA_BUCKET),
            Permission.of("s3:PutBucketTagging", Scope.DATA_BUCKET),
            Permission.of("s3:PutBucketPublicAccessBlock", Scope.DATA_BUCKET),
            Permission.of("s3:PutEncryptionConfiguration", Scope.DATA_BUCKET),
            // Tear down empties the bucket (every version) before deleting it.
            Permission.of("s3:ListBucket", Scope.DATA_BUCKET),
            Permission.of("s3:ListBucketVersions", Scope.DATA_BUCKET),
            Permission.of("s3:DeleteObject", Scope.DATA_BUCKET_OBJECTS),
            Permission.of("s3:DeleteObjectVersion", Scope.DATA_BUCKET_OBJECTS),
            Permission.of("s3:DeleteBucket", Scope.DATA_BUCKET)),
            Creation.of("s3:CreateBucket").then("s3:PutBucketTagging", "s3:PutBucketPublicAccessBlock",
            "s3:PutEncryptionConfiguration")),
    IAM_ROLE(List.of(
            new Permission("iam:CreateRole", Scope.CONTROLLER_ROLES, WITHIN_BOUNDARY),
            Permission.of("iam:TagRole", Scope.CONTROLLER_ROLES),
            new Permission("iam:PutRolePolicy", Scope.CONTROLLER_ROLES, WITHIN_BOUNDARY),
            new Permission("iam:AttachRolePolicy", Scope.CONTROLLER_ROLES, WITHIN_BOUNDARY),
            Permission.of("iam:GetRole", Scope.CONTROLLER_ROLES),
            Permission.of("iam:ListRolePolicies", Scope.CONTROLLER_ROLES),
            Permission.of("iam:ListAttachedRolePolicies", Scope.CONTROLLER_ROLES),
            new Permission("iam:DeleteRolePolicy", Scope.CONTROLLER_ROLES, WITHIN_BOUNDARY),
            new Permission("iam:DetachRolePolicy", Scope.CONTROLLER_ROLES, WITHIN_BOUNDARY),
            Permission.of("iam:DeleteRole", Scope.CONTROLLER_ROLES)),
            // The inline policy; the managed ones are attached with it, one call each, counted as one round.
            Creation.of("iam:CreateRole").then("iam:PutRolePolicy")),
    /** A controller role the customer's own template created: verified, never deleted by us. */
    CUSTOMER_IAM_ROLE(List.of(
            Permission.of("iam:GetRole", Scope.CONTROLLER_ROLES),
            Permission.of("iam:ListRolePolicies", Scope.CONTROLLER_ROLES),
            Permission.of("iam:ListAttachedRolePolicies", Scope.CONTROLLER_ROLES)),
            Creation.of("iam:GetRole").then("iam:ListRolePolicies", "iam:ListAttachedRolePolicies")),
    EKS_CLUSTER(List.of(
            Permission.of("iam:GetRole", Scope.CONTROL_PLANE_ROLE),
            new Permission("iam:PassRole", Scope.CONTROL_PLANE_ROLE, PASSED_TO_EKS),
            // AWS creates EKS's service-linked role with the caller's permissions on the account's first cluster.
            new Permission("iam:CreateServiceLinkedRole", Scope.EKS_SERVICE_LINKED_ROLE, FOR_EKS),
            Permission.of("eks:CreateCluster", Scope.CLUSTER),
            Permission.of("eks:TagResource", Scope.CLUSTER),
            Permission.of("eks:DescribeCluster", Scope.CLUSTER),
            Permission.of("eks:DeleteCluster", Scope.CLUSTER)),
            Creation.of("eks:CreateCluster").waitsWith("eks:DescribeCluster", Duration.ofMinutes(10))),
    EKS_NODEGROUP(List.of(
            Permission.of("iam:GetRole", Scope.WORKER_ROLE),
            new Permission("iam:PassRole", Scope.WORKER_ROLE, PASSED_TO_EC2),
            new Permission("iam:CreateServiceLinkedRole", Scope.NODEGROUP_SERVICE_LINKED_ROLE, FOR_EKS_NODEGROUPS),
            // AWS authorizes CreateNodegroup on the cluster, everything after on the node group.
            Permission.of("eks:CreateNodegroup", Scope.CLUSTER),
            Permission.of("eks:TagResource", Scope.NODEGROUP),
            Permission.of("eks:DescribeNodegroup", Scope.NODEGROUP),
            Permission.of("eks:DeleteNodegroup", Scope.NODEGROUP)),
            Creation.of("eks:CreateNodegroup").waitsWith("eks:DescribeNodegroup", Duration.ofMinutes(4))),
    HOSTED_ZONE(List.of(
            Permission.of("route53:CreateHostedZone", Scope.ANY),
            // A private zone is associated with the VPC: AWS checks that the caller may describe it.
            Permission.of("ec2:DescribeVpcs", Scope.ANY),
            Permission.of("route53:ChangeTagsForResource", Scope.ANY),
            Permission.of("route53:ListHostedZonesByVPC", Scope.ANY),
            Permission.of("route53:DeleteHostedZone", Scope.ANY)),
            Creation.of("route53:CreateHostedZone", "route53:ChangeTagsForResource")),
    /**
     * A peering connection from the BYOC VPC. AWS authorizes the request on both VPCs; the accepter's may be in
     * another account, so one any-account VPC scope covers ours and theirs.
     */
    VPC_PEERING_CONNECTION(List.of(
            Permission.of("ec2:CreateVpcPeeringConnection", Scope.PEERING_CONNECTIONS),
            Permission.of("ec2:CreateVpcPeeringConnection", Scope.PEER_VPCS),
            Permission.of("ec2:CreateTags", Scope.PEERING_CONNECTIONS),
            Permission.of("ec2:DescribeVpcPeeringConnections", Scope.ANY),
            Permission.of("ec2:DeleteVpcPeeringConnection", Scope.PEERING_CONNECTIONS)),
            Creation.of("ec2:CreateVpcPeeringConnection")),
    /** A route in a BYOC route table (ID: the destination CIDR; parent: the route table). */
    PEERING_ROUTE(List.of(
            Permission.of("ec2:CreateRoute", Scope.ROUTE_TABLES),
            Permission.of("ec2:DescribeRouteTables", Scope.ANY),
            Permission.of("ec2:DeleteRoute", Scope.ROUTE_TABLES)),
            Creation.of("ec2:CreateRoute")),
    SECURITY_GROUP(List.of(
            Permission.of("ec2:CreateSecurityGroup", Scope.SECURITY_GROUPS),
            Permission.of("ec2:CreateSecurityGroup", Scope.OUR_VPCS),
            Permission.of("ec2:CreateTags", Scope.SECURITY_GROUPS),
            Permission.of("ec2:DescribeSecurityGroups", Scope.ANY),
            Permission.of("ec2:DeleteSecurityGroup", Scope.SECURITY_GROUPS)),
            Creation.of("ec2:CreateSecurityGroup")),
    /** An inbound rule of our security group (parent: the group). */
    SECURITY_GROUP_RULE(List.of(
            Permission.of("ec2:AuthorizeSecurityGroupIngress", Scope.SECURITY_GROUPS),
            Permission.of("ec2:DescribeSecurityGroupRules", Scope.ANY),
            Permission.of("ec2:RevokeSecurityGroupIngress", Scope.SECURITY_GROUPS)),
            Creation.of("ec2:AuthorizeSecurityGroupIngress")),
    /** Our tags on a resource the customer owns (existing VPC mode); tear down removes only the tags. */
    TAGS(ec2("CreateTags", "DeleteTags"),
            Creation.of("ec2:CreateTags")),
    /** An endpoint host name: an output, nothing to delete. */
    HOST_NAME(List.of(), Creation.NONE);

    private final List<Permission> permissions;
    private final Creation creation;

    ResourceType(List<Permission> permissions, Creation creation) {
        this.permissions = permissions;
        this.creation = creation;
    }

    /** The fewest calls that make one resource of this kind, and which of them wait for which. */
    public Creation creation() {
        return creation;
    }

    /** What our calls need to create, find again and delete a resource of this kind. */
    public List<Permission> permissions() {
        return permissions;
    }

    /** Link to the resource in the AWS console, or empty when the console has no page for it. */
    public String consoleUrl(String region, String id) {
        String ec2 = "https://" + region + ".console.aws.amazon.com/vpcconsole/home?region=" + region;
        return switch (this) {
            case VPC -> ec2 + "#VpcDetails:VpcId=" + id;
            case SUBNET -> ec2 + "#SubnetDetails:subnetId=" + id;
            case INTERNET_GATEWAY -> ec2 + "#InternetGateway:internetGatewayId=" + id;
            case ELASTIC_IP -> ec2 + "#ElasticIpDetails:AllocationId=" + id;
            case NAT_GATEWAY -> ec2 + "#NatGatewayDetails:natGatewayId=" + id;
            case ROUTE_TABLE -> ec2 + "#RouteTableDetails:RouteTableId=" + id;
            case VPC_ENDPOINT -> ec2 + "#EndpointDetails:vpcEndpointId=" + id;
            case S3_BUCKET -> "https://s3.console.aws.amazon.com/s3/buckets/" + id + "?region=" + region;
            case IAM_ROLE, CUSTOMER_IAM_ROLE -> "https://console.aws.amazon.com/iam/home#/roles/details/" + id;
            case EKS_CLUSTER -> "https://" + region + ".console.aws.amazon.com/eks/home?region=" + region
                    + "#/clusters/" + id;
            case HOSTED_ZONE -> "https://console.aws.amazon.com/route53/v2/hostedzones#ListRecordSets/" + id;
            case VPC_PEERING_CONNECTION -> ec2 + "#PeeringConnectionDetails:VpcPeeringConnectionId=" + id;
            case SECURITY_GROUP -> ec2 + "#SecurityGroup:groupId=" + id;
            case ROUTE_TABLE_ASSOCIATION, EKS_NODEGROUP, TAGS, HOST_NAME, PEERING_ROUTE, SECURITY_GROUP_RULE -> "";
        };
    }

    private static List<Permission> ec2(String... actions) {
        return Permission.onAny("ec2", actions);
    }
}
