package com.byoconboard.provisioning;

import java.util.List;

/**
 * One of the IAM roles the guide says the controller creates, assumed by workloads in the customer's EKS
 * cluster (through EKS Pod Identity) or by EKS itself, with what it may do.
 *
 * @param suffix          the role's name after the onboarding prefix
 * @param trustedService  the AWS service principal allowed to assume it
 * @param actions         inline policy actions (Resource "*", narrowed by the workload's own scoping)
 * @param managedPolicies AWS-managed policies attached as well
 */
record ControllerRole(String suffix, String trustedService, List<String> actions, List<String> managedPolicies) {

    private static final String POD_IDENTITY = "pods.eks.amazonaws.com";

    static final List<ControllerRole> ALL = List.of(
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
            new ControllerRole("k8s-control-plane", "eks.amazonaws.com", List.of(),
                    List.of("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy")),
            new ControllerRole("k8s-worker", "ec2.amazonaws.com", List.of(),
                    List.of("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy")),
            new ControllerRole("data-plane-mgmt", POD_IDENTITY, List.of("eks:DescribeCluster", "eks:ListNodegroups",
                    "eks:DescribeNodegroup", "eks:UpdateNodegroupConfig", "s3:ListBucket", "s3:GetObject",
                    "s3:PutObject"), List.of()));

    String trustPolicy() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"%s"},\
                "Action":["sts:AssumeRole","sts:TagSession"]}]}""".formatted(trustedService);
    }

    String inlinePolicy() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[%s],"Resource":"*"}]}"""
                .formatted(String.join(",", actions.stream().map(a -> "\"" + a + "\"").toList()));
    }

    String logicalName() {
        return "role-" + suffix;
    }
}
