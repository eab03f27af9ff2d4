package com.byoconboard.deployment;

import java.util.List;

/**
 * One of the IAM roles the guide says the controller creates, assumed by workloads in the customer's EKS
 * cluster (through EKS Pod Identity) or by EKS itself, with what it may do. Provisioning creates them, or, when
 * the customer keeps IAM role creation to themselves, the customer's template does and provisioning verifies them.
 *
 * @param suffix          the role's name after the onboarding's name base ({@link ResourceNames#role})
 * @param trustedService  the AWS service principal allowed to assume it
 * @param actions         inline policy actions (Resource "*", narrowed by the workload's own scoping)
 * @param managedPolicies AWS-managed policies attached as well
 */
public record ControllerRole(String suffix, String trustedService, List<String> actions, List<String> managedPolicies) {

    private static final String POD_IDENTITY = "pods.eks.amazonaws.com";
    /** The role EKS assumes for the cluster's control plane. */
    public static final String CONTROL_PLANE = "k8s-control-plane";
    /** The role the cluster's nodes run as. */
    public static final String WORKER = "k8s-worker";

    public static final List<ControllerRole> ALL = List.of(
            new ControllerRole("state-exporter", POD_IDENTITY, List.of("sqs:SendMessage", "sqs:GetQueueUrl"), List.of()),
            new ControllerRole("load-balancer-controller", POD_IDENTITY, List.of("elasticloadbalancing:*",
                    "ec2:Describe*", "ec2:CreateSecurityGroup", "ec2:DeleteSecurityGroup", "ec2:CreateTags",
                    "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"), List.of()),
            new ControllerRole("ebs-csi-controller", POD_IDENTITY, List.of("ec2:CreateVolume", "ec2:DeleteVolume",
                    "ec2:AttachVolume", "ec2:DetachVolume", "ec2:CreateSnapshot", "ec2:DeleteSnapshot",
                    "ec2:Describe*", "ec2:CreateTags"), List.of()),
            new ControllerRole("external-dns", POD_IDENTITY, List.of("route53:ChangeResourceRecordSets",
                    "route53:ListResourceRecordSets", "route53:ListHostedZones"), List.of()),
            new ControllerRole("cert-manager", POD_IDENTITY, List.of("route53:GetChange",
                    "route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets",
                    "route53:ListHostedZonesByName"), List.of()),
            new ControllerRole("cluster-autoscaler", POD_IDENTITY, List.of("autoscaling:Describe*",
                    "autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup",
                    "ec2:DescribeLaunchTemplateVersions", "eks:DescribeNodegroup"), List.of()),
            new ControllerRole(CONTROL_PLANE, "eks.amazonaws.com", List.of(),
                    List.of("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy")),
            new ControllerRole(WORKER, "ec2.amazonaws.com", List.of(),
                    List.of("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy")),
            new ControllerRole("data-plane-mgmt", POD_IDENTITY, List.of("eks:DescribeCluster", "eks:ListNodegroups",
                    "eks:DescribeNodegroup", "eks:UpdateNodegroupConfig", "s3:ListBucket", "s3:GetObject",
                    "s3:PutObject"), List.of()));

    /** The trust policy as AWS takes it (JSON). */
    public String trustPolicy() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"%s"},\
                "Action":["sts:AssumeRole","sts:TagSession"]}]}""".formatted(trustedService);
    }

    /** The inline policy as AWS takes it (JSON); only for roles with {@link #actions}. */
    public String inlinePolicy() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[%s],"Resource":"*"}]}"""
                .formatted(String.join(",", actions.stream().map(a -> "\"" + a + "\"").toList()));
    }

    /** Name of the inline policy on the role. */
    public String inlinePolicyName() {
        return "byoc-" + suffix;
    }

    /** The planned resource's logical name, e.g. {@code role-k8s-worker}. */
    public String logicalName() {
        return "role-" + suffix;
    }

    public static ControllerRole named(String suffix) {
        return ALL.stream().filter(r -> r.suffix.equals(suffix)).findFirst().orElseThrow();
    }
}
