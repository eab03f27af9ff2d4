package com.byoconboard.deployment;

import java.util.ArrayList;
import java.util.List;

import static com.byoconboard.deployment.Permission.onAny;

/**
 * What the bootstrap role grants beyond the calls of our provisioning steps: the vendor's controller keeps
 * running the deployment after onboarding (the guide's list of the role's operations). Each extra says why.
 */
public final class ControllerPermissions {

    /** Permissions no provisioning step calls, granted for the controller's later work. */
    public record Extra(PolicySwitch grantedBy, List<Permission> permissions, String reason) {
        public Extra {
            permissions = List.copyOf(permissions);
        }
    }

    public static final List<Extra> EXTRAS = List.of(
            new Extra(PolicySwitch.ALWAYS, onAny("ec2", "Describe*", "Get*"),
                    "The controller reads the account's network and compute state to reconcile the deployment."),
            new Extra(PolicySwitch.ALWAYS, onAny("ec2", "RunInstances", "TerminateInstances", "StartInstances",
                    "StopInstances", "CreateLaunchTemplate", "CreateLaunchTemplateVersion", "DeleteLaunchTemplate",
                    "ModifyLaunchTemplate", "CreateSecurityGroup", "DeleteSecurityGroup",
                    "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
                    "RevokeSecurityGroupEgress", "CreateNetworkInterface", "DeleteNetworkInterface", "CreateVolume",
                    "DeleteVolume", "AttachVolume", "DetachVolume", "DeleteTags"),
                    "The controller runs the cluster's nodes with their security groups, network interfaces and"
                            + " volumes, and adds the peered CIDR to the security group (guide: support's step)."),
            new Extra(PolicySwitch.ALWAYS, List.of(
                    Permission.of("s3:GetBucketPolicy", Scope.DATA_BUCKET),
                    Permission.of("s3:PutBucketPolicy", Scope.DATA_BUCKET),
                    Permission.of("s3:DeleteBucketPolicy", Scope.DATA_BUCKET),
                    Permission.of("s3:GetBucketTagging", Scope.DATA_BUCKET),
                    Permission.of("s3:GetEncryptionConfiguration", Scope.DATA_BUCKET),
                    Permission.of("s3:GetLifecycleConfiguration", Scope.DATA_BUCKET),
                    Permission.of("s3:PutLifecycleConfiguration", Scope.DATA_BUCKET),
                    Permission.of("s3:GetBucketPublicAccessBlock", Scope.DATA_BUCKET),
                    Permission.of("s3:GetObject", Scope.DATA_BUCKET_OBJECTS),
                    Permission.of("s3:PutObject", Scope.DATA_BUCKET_OBJECTS)),
                    "The controller keeps the data bucket's policy and lifecycle and writes backups into it."),
            new Extra(PolicySwitch.ALWAYS, onAny("route53", "*"),
                    "The guide: route53:* for external DNS, which manages the endpoint records."),
            new Extra(PolicySwitch.ALWAYS, concat(
                    onAny("iam", "GetPolicy", "GetPolicyVersion", "ListPolicyVersions", "GetOpenIDConnectProvider",
                            "ListOpenIDConnectProviders"),
                    List.of(Permission.of("iam:GetRolePolicy", Scope.CONTROLLER_ROLES),
                            Permission.of("iam:ListInstanceProfilesForRole", Scope.CONTROLLER_ROLES))),
                    "The controller reads the roles, policies and OIDC providers it manages."),
            new Extra(PolicySwitch.ALWAYS, List.of(
                    Permission.of("iam:CreatePolicy", Scope.POLICIES), Permission.of("iam:DeletePolicy", Scope.POLICIES),
                    Permission.of("iam:CreatePolicyVersion", Scope.POLICIES),
                    Permission.of("iam:DeletePolicyVersion", Scope.POLICIES),
                    Permission.of("iam:SetDefaultPolicyVersion", Scope.POLICIES),
                    Permission.of("iam:TagPolicy", Scope.POLICIES), Permission.of("iam:UntagPolicy", Scope.POLICIES)),
                    "The guide: iam:CreatePolicy and the like, for the policies of the roles the controller creates."),
            new Extra(PolicySwitch.ALWAYS, List.of(
                    new Permission("iam:CreateServiceLinkedRole", Scope.LOAD_BALANCING_SERVICE_LINKED_ROLE,
                            Condition.FOR_LOAD_BALANCING),
                    new Permission("iam:CreateServiceLinkedRole", Scope.AUTOSCALING_SERVICE_LINKED_ROLE,
                            Condition.FOR_AUTOSCALING)),
                    "Load balancers and node autoscaling need their service-linked roles in the account."),
            new Extra(PolicySwitch.ALWAYS, concat(
                    List.of(Permission.of("eks:UpdateClusterConfig", Scope.CLUSTER),
                            Permission.of("eks:UpdateClusterVersion", Scope.CLUSTER),
                            Permission.of("eks:UntagResource", Scope.CLUSTER),
                            Permission.of("eks:ListNodegroups", Scope.CLUSTER),
                            Permission.of("eks:DescribeUpdate", Scope.CLUSTER),
                            Permission.of("eks:ListUpdates", Scope.CLUSTER),
                            Permission.of("eks:UpdateNodegroupConfig", Scope.NODEGROUP),
                            Permission.of("eks:UpdateNodegroupVersion", Scope.NODEGROUP),
                            Permission.of("eks:CreateAddon", Scope.CLUSTER),
                            Permission.of("eks:ListAddons", Scope.CLUSTER),
                            Permission.of("eks:CreateAccessEntry", Scope.CLUSTER),
                            Permission.of("eks:ListAccessEntries", Scope.CLUSTER)),
                    List.of(Permission.of("eks:DeleteAddon", Scope.ADDONS), Permission.of("eks:DescribeAddon", Scope.ADDONS),
                            Permission.of("eks:UpdateAddon", Scope.ADDONS),
                            Permission.of("eks:DeleteAccessEntry", Scope.ACCESS_ENTRIES),
                            Permission.of("eks:DescribeAccessEntry", Scope.ACCESS_ENTRIES),
                            Permission.of("eks:AssociateAccessPolicy", Scope.ACCESS_ENTRIES),
                            Permission.of("eks:DisassociateAccessPolicy", Scope.ACCESS_ENTRIES))),
                    "Upgrades in the maintenance window, the cluster's add-ons and its access entries."),
            new Extra(PolicySwitch.IAM_ROLE_CREATION, concat(
                    List.of(Permission.of("iam:UntagRole", Scope.CONTROLLER_ROLES),
                            Permission.of("iam:UpdateAssumeRolePolicy", Scope.CONTROLLER_ROLES)),
                    List.of(Permission.of("iam:CreateOpenIDConnectProvider", Scope.OIDC_PROVIDERS),
                            Permission.of("iam:DeleteOpenIDConnectProvider", Scope.OIDC_PROVIDERS),
                            Permission.of("iam:TagOpenIDConnectProvider", Scope.OIDC_PROVIDERS),
                            Permission.of("iam:UpdateOpenIDConnectProviderThumbprint", Scope.OIDC_PROVIDERS))),
                    "The controller keeps its workload roles' trust in the cluster's OIDC provider."),
            new Extra(PolicySwitch.VPC_WRITE, onAny("ec2", "ModifySubnetAttribute", "ReplaceRoute", "DeleteRoute",
                    "ModifyVpcEndpoint"),
                    "The controller keeps the VPC's subnets, routes and endpoints as the deployment changes."));

    private ControllerPermissions() {
    }

    private static List<Permission> concat(List<Permission> a, List<Permission> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
