package com.byoconboard.iac.model;

import com.byoconboard.onboarding.Onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.byoconboard.iac.model.Text.concat;

/**
 * The cross-account role the vendor's controller assumes, described once so that the CloudFormation template and
 * the Terraform module create exactly the same role: trust policy, inline policies, tags and options.
 */
public record BootstrapRoleDefinition(String roleName, String vendorAccountId, String organizationName,
                                      List<Parameter> parameters, Parameter externalId, Map<String, Text> tags,
                                      List<Policy> policies) {

    /** Name of the inline policy every role gets; the others are switched by the least-privilege options. */
    public static final String BASE_POLICY = "ClickHouseManagement";

    public static BootstrapRoleDefinition of(Vendor vendor, Onboarding onboarding) {
        var options = onboarding.inputs().bootstrapRole();
        var externalId = Parameter.text("ExternalId", "external_id", onboarding.externalId(),
                "External ID our controller presents when it assumes the role (confused-deputy protection).");
        var byocEnv = Parameter.text("ByocEnv", "byoc_env", "production",
                "Environment name, tagged on the role (e.g. production, staging).");
        var boundary = Parameter.text("PermissionsBoundaryArn", "permissions_boundary_arn", options.permissionsBoundaryArn(),
                "Optional permissions boundary ARN that every role the controller creates must carry. Empty for none.");
        var vpcWrite = Parameter.flag("AllowVpcWrite", "allow_vpc_write", options.allowVpcWrite(),
                "Whether the role may create and change VPC resources (false when you bring your own VPC).");
        var iamRoles = Parameter.flag("AllowIamRoleCreation", "allow_iam_role_creation", options.allowIamRoleCreation(),
                "Whether the role may create the controller's IAM roles (false when your team creates them).");
        var prefix = Parameter.text("ResourceNamePrefix", "resource_name_prefix", vendor.resourceNamePrefix(),
                "Name prefix of the EKS clusters, IAM roles and policies and S3 buckets the controller may manage.");

        Map<String, Text> tags = new LinkedHashMap<>();
        new TreeMap<>(vendor.tags()).forEach((k, v) -> tags.put(k, Text.of(v)));
        tags.put("byoc-env", Text.of(byocEnv));
        var organization = TagValue.of(onboarding.inputs().account().organizationName());
        if (!organization.isEmpty()) {
            tags.put("byoc-organization", Text.of(organization));
        }
        return new BootstrapRoleDefinition(vendor.roleName(), vendor.accountId(),
                onboarding.inputs().account().organizationName(),
                List.of(externalId, byocEnv, boundary, vpcWrite, iamRoles, prefix), externalId, tags,
                List.of(base(prefix), vpcWrite(vpcWrite), iamRoles(iamRoles, prefix)));
    }

    /** The parameter holding the permissions boundary ARN. */
    public Parameter permissionsBoundary() {
        return parameter("PermissionsBoundaryArn");
    }

    private Parameter parameter(String cloudFormationName) {
        return parameters.stream().filter(p -> p.cloudFormationName().equals(cloudFormationName)).findFirst()
                .orElseThrow();
    }

    /** An ARN in the deployment's partition; {@code region} empty for global services, account-less when asked. */
    private static Text arn(String service, String region, boolean inAccount, Object... resource) {
        var pieces = new ArrayList<Object>(List.of("arn:", new Text.PartitionRef(), ":" + service + ":" + region + ":"));
        if (inAccount) {
            pieces.add(new Text.AccountIdRef());
        }
        pieces.add(":");
        pieces.addAll(List.of(resource));
        return concat(pieces.toArray());
    }

    private static Policy base(Parameter prefix) {
        var any = Text.of("*");
        return new Policy(BASE_POLICY, "management", Optional.empty(), List.of(
                Statement.allow("Ec2Read", List.of("ec2:Describe*", "ec2:Get*"), any),
                Statement.allow("Ec2Compute", List.of(
                        "ec2:RunInstances", "ec2:TerminateInstances", "ec2:StartInstances", "ec2:StopInstances",
                        "ec2:CreateLaunchTemplate", "ec2:CreateLaunchTemplateVersion", "ec2:DeleteLaunchTemplate",
                        "ec2:ModifyLaunchTemplate", "ec2:CreateSecurityGroup", "ec2:DeleteSecurityGroup",
                        "ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress",
                        "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress",
                        "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:CreateVolume",
                        "ec2:DeleteVolume", "ec2:AttachVolume", "ec2:DetachVolume", "ec2:CreateTags",
                        "ec2:DeleteTags"), any),
                Statement.allow("S3Buckets", List.of(
                        "s3:CreateBucket", "s3:DeleteBucket", "s3:ListBucket", "s3:GetBucketLocation",
                        "s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:GetBucketTagging",
                        "s3:PutBucketTagging", "s3:GetEncryptionConfiguration", "s3:PutEncryptionConfiguration",
                        "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:PutBucketPublicAccessBlock",
                        "s3:GetBucketPublicAccessBlock", "s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
                        arn("s3", "", false, prefix, "*"), arn("s3", "", false, prefix, "*/*")),
                Statement.allow("Route53", List.of("route53:*"), any),
                Statement.allow("IamRead", List.of(
                        "iam:GetRole", "iam:GetRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies",
                        "iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions",
                        "iam:GetOpenIDConnectProvider", "iam:ListOpenIDConnectProviders",
                        "iam:ListInstanceProfilesForRole"), any),
                Statement.allow("IamPolicies", List.of(
                        "iam:CreatePolicy", "iam:DeletePolicy", "iam:CreatePolicyVersion", "iam:DeletePolicyVersion",
                        "iam:SetDefaultPolicyVersion", "iam:TagPolicy", "iam:UntagPolicy"),
                        arn("iam", "", true, "policy/", prefix, "*")),
                Statement.allow("IamPassRole", List.of("iam:PassRole"), arn("iam", "", true, "role/", prefix, "*"))
                        .when("StringEquals", "iam:PassedToService", "eks.amazonaws.com", "ec2.amazonaws.com"),
                Statement.allow("IamServiceLinkedRoles", List.of("iam:CreateServiceLinkedRole"),
                                arn("iam", "", true, "role/aws-service-role/*"))
                        .when("StringEquals", "iam:AWSServiceName", "eks.amazonaws.com", "eks-nodegroup.amazonaws.com",
                                "elasticloadbalancing.amazonaws.com", "autoscaling.amazonaws.com"),
                Statement.allow("Eks", List.of(
                                "eks:CreateCluster", "eks:DeleteCluster", "eks:DescribeCluster", "eks:UpdateClusterConfig",
                                "eks:UpdateClusterVersion", "eks:TagResource", "eks:UntagResource", "eks:CreateNodegroup",
                                "eks:DeleteNodegroup", "eks:DescribeNodegroup", "eks:UpdateNodegroupConfig",
                                "eks:UpdateNodegroupVersion", "eks:ListNodegroups", "eks:CreateAddon", "eks:DeleteAddon",
                                "eks:DescribeAddon", "eks:UpdateAddon", "eks:ListAddons", "eks:CreateAccessEntry",
                                "eks:DeleteAccessEntry", "eks:DescribeAccessEntry", "eks:AssociateAccessPolicy",
                                "eks:DisassociateAccessPolicy", "eks:ListAccessEntries", "eks:DescribeUpdate",
                                "eks:ListUpdates"),
                        arn("eks", "*", true, "cluster/", prefix, "*"),
                        arn("eks", "*", true, "nodegroup/", prefix, "*/*"),
                        arn("eks", "*", true, "addon/", prefix, "*/*"),
                        arn("eks", "*", true, "access-entry/", prefix, "*/*"))));
    }

    private static Policy vpcWrite(Parameter flag) {
        return new Policy("ClickHouseVpcWrite", "vpc_write", Optional.of(flag), List.of(
                Statement.allow("VpcWrite", List.of(
                        "ec2:CreateVpc", "ec2:DeleteVpc", "ec2:ModifyVpcAttribute", "ec2:CreateSubnet",
                        "ec2:DeleteSubnet", "ec2:ModifySubnetAttribute", "ec2:CreateInternetGateway",
                        "ec2:AttachInternetGateway", "ec2:DetachInternetGateway", "ec2:DeleteInternetGateway",
                        "ec2:AllocateAddress", "ec2:ReleaseAddress", "ec2:CreateNatGateway", "ec2:DeleteNatGateway",
                        "ec2:CreateRouteTable", "ec2:DeleteRouteTable", "ec2:AssociateRouteTable",
                        "ec2:DisassociateRouteTable", "ec2:CreateRoute", "ec2:ReplaceRoute", "ec2:DeleteRoute",
                        "ec2:CreateVpcEndpoint", "ec2:ModifyVpcEndpoint", "ec2:DeleteVpcEndpoints",
                        "ec2:CreateVpcPeeringConnection", "ec2:AcceptVpcPeeringConnection",
                        "ec2:DeleteVpcPeeringConnection"), Text.of("*"))));
    }

    private static Policy iamRoles(Parameter flag, Parameter prefix) {
        var roles = arn("iam", "", true, "role/", prefix, "*");
        return new Policy("ClickHouseIamRoles", "iam_roles", Optional.of(flag), List.of(
                Statement.allow("IamRolesWithinBoundary", List.of(
                        "iam:CreateRole", "iam:PutRolePermissionsBoundary", "iam:AttachRolePolicy",
                        "iam:DetachRolePolicy", "iam:PutRolePolicy", "iam:DeleteRolePolicy"), roles).withinBoundary(),
                Statement.allow("IamRolesManage", List.of(
                        "iam:DeleteRole", "iam:TagRole", "iam:UntagRole", "iam:UpdateAssumeRolePolicy"), roles),
                Statement.allow("IamOidcProviders", List.of(
                        "iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider",
                        "iam:TagOpenIDConnectProvider", "iam:UpdateOpenIDConnectProviderThumbprint"),
                        arn("iam", "", true, "oidc-provider/*"))));
    }
}
