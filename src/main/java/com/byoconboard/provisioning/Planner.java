package com.byoconboard.provisioning;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Turns an onboarding's inputs into the plan of what provisioning creates: pure, no AWS calls. */
final class Planner {

    private final ProvisioningProperties properties;

    Planner(ProvisioningProperties properties) {
        this.properties = properties;
    }

    ProvisioningPlan plan(Onboarding onboarding) {
        var in = onboarding.inputs();
        var names = new Names(onboarding.id());
        var resources = new ArrayList<PlannedResource>();
        var actions = new LinkedHashSet<>(List.of("sts:GetCallerIdentity", "iam:SimulatePrincipalPolicy",
                "ec2:DescribeAvailabilityZones", "ec2:DescribeAccountAttributes", "ec2:DescribeVpcs",
                "ec2:DescribeSubnets", "ec2:DescribeRouteTables", "ec2:DescribeVpcEndpoints", "ec2:DescribeAddresses",
                "ec2:DescribeNatGateways", "ec2:DescribeInternetGateways", "ec2:CreateTags"));
        var plan = new Collector(names, resources);
        if (in.network().mode() == VpcMode.NEW_VPC) {
            planNetwork(plan, in.network().vpcCidr(), in.network().azIds());
            actions.addAll(List.of("ec2:CreateVpc", "ec2:ModifyVpcAttribute", "ec2:CreateSubnet",
                    "ec2:CreateInternetGateway", "ec2:AttachInternetGateway", "ec2:AllocateAddress",
                    "ec2:CreateNatGateway", "ec2:CreateRouteTable", "ec2:CreateRoute", "ec2:AssociateRouteTable",
                    "ec2:CreateVpcEndpoint", "ec2:DeleteVpc", "ec2:DeleteSubnet", "ec2:DeleteInternetGateway",
                    "ec2:DetachInternetGateway", "ec2:ReleaseAddress", "ec2:DeleteNatGateway",
                    "ec2:DeleteRouteTable", "ec2:DisassociateRouteTable", "ec2:DeleteVpcEndpoints"));
        } else {
            plan.add(StepKind.VERIFY_NETWORK, ResourceType.TAGS, "tags-" + in.network().existingVpcId(),
                    in.network().existingVpcId(), "", Map.of());
            for (ExistingSubnet subnet : in.network().existingSubnets()) {
                plan.add(StepKind.VERIFY_NETWORK, ResourceType.TAGS, "tags-" + subnet.subnetId(), subnet.subnetId(),
                        subnet.azId() + " " + subnet.cidr(), Map.of());
            }
            actions.add("ec2:DeleteTags");
        }
        plan.add(StepKind.DATA_BUCKET, ResourceType.S3_BUCKET, "bucket", names.bucket(), in.region(), Map.of());
        actions.addAll(List.of("s3:CreateBucket", "s3:PutBucketTagging", "s3:GetBucketTagging",
                "s3:PutBucketPublicAccessBlock", "s3:PutEncryptionConfiguration", "s3:ListBucket", "s3:DeleteBucket",
                "s3:DeleteObject"));
        for (ControllerRole role : ControllerRole.ALL) {
            plan.add(StepKind.CONTROLLER_ROLES, ResourceType.IAM_ROLE, role.logicalName(), names.role(role.suffix()),
                    role.trustedService(), Map.of());
        }
        actions.addAll(List.of("iam:CreateRole", "iam:GetRole", "iam:TagRole", "iam:PutRolePolicy",
                "iam:AttachRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies",
                "iam:DeleteRolePolicy", "iam:DetachRolePolicy", "iam:DeleteRole", "iam:PassRole"));
        plan.add(StepKind.EKS_CLUSTER, ResourceType.EKS_CLUSTER, "eks", names.cluster(),
                "Kubernetes " + properties.kubernetesVersion(), Map.of());
        plan.add(StepKind.NODE_GROUP, ResourceType.EKS_NODEGROUP, "nodegroup", names.nodeGroup(),
                properties.nodeInstanceType(), Map.of());
        actions.addAll(List.of("eks:CreateCluster", "eks:DescribeCluster", "eks:CreateNodegroup",
                "eks:DescribeNodegroup", "eks:DeleteCluster", "eks:DeleteNodegroup", "eks:TagResource"));
        plan.add(StepKind.HOSTED_ZONE, ResourceType.HOSTED_ZONE, "zone", zoneName(names), "private", Map.of());
        actions.addAll(List.of("route53:CreateHostedZone", "route53:ListHostedZonesByVPC",
                "route53:ChangeTagsForResource", "route53:ListTagsForResource", "route53:DeleteHostedZone",
                "route53:GetHostedZone"));
        String publicEndpoint = names.shortId() + "." + in.region() + ".aws." + properties.endpointDomain();
        String privateEndpoint = privateHost(publicEndpoint);
        plan.add(StepKind.ENDPOINTS, ResourceType.HOST_NAME, "endpoint-public", publicEndpoint, "public", Map.of());
        plan.add(StepKind.ENDPOINTS, ResourceType.HOST_NAME, "endpoint-private", privateEndpoint, "private", Map.of());
        return new ProvisioningPlan(in.network().mode(), resources, List.copyOf(actions), publicEndpoint,
                privateEndpoint);
    }

    String zoneName(Names names) {
        return names.shortId() + "." + properties.privateZoneDomain();
    }

    /** The guide's rule: the private endpoint is the public host with {@code -private} appended to its first label. */
    static String privateHost(String publicHost) {
        int dot = publicHost.indexOf('.');
        return dot < 0 ? publicHost + "-private" : publicHost.substring(0, dot) + "-private" + publicHost.substring(dot);
    }

    private static void planNetwork(Collector plan, String vpcCidr, List<String> azIds) {
        var layout = SubnetLayout.of(vpcCidr, azIds.size());
        plan.add(StepKind.VPC, ResourceType.VPC, "vpc", "vpc", vpcCidr, Map.of());
        for (int i = 0; i < azIds.size(); i++) {
            String az = azIds.get(i);
            plan.add(StepKind.SUBNETS, ResourceType.SUBNET, "subnet-private-" + az, "private-" + az,
                    az + " " + layout.privateCidrs().get(i), Map.of(Names.INTERNAL_ELB_TAG, "1"));
            plan.add(StepKind.SUBNETS, ResourceType.SUBNET, "subnet-public-" + az, "public-" + az,
                    az + " " + layout.publicCidrs().get(i), Map.of(Names.PUBLIC_ELB_TAG, "1"));
        }
        plan.add(StepKind.INTERNET_GATEWAY, ResourceType.INTERNET_GATEWAY, "igw", "igw", "", Map.of());
        String natAz = azIds.isEmpty() ? "" : azIds.getFirst();
        plan.add(StepKind.NAT_GATEWAY, ResourceType.ELASTIC_IP, "eip-nat", "nat-eip", natAz, Map.of());
        plan.add(StepKind.NAT_GATEWAY, ResourceType.NAT_GATEWAY, "nat", "nat", "public-" + natAz, Map.of());
        plan.add(StepKind.ROUTE_TABLES, ResourceType.ROUTE_TABLE, "rtb-public", "public", "0.0.0.0/0 → igw", Map.of());
        plan.add(StepKind.ROUTE_TABLES, ResourceType.ROUTE_TABLE, "rtb-private", "private", "0.0.0.0/0 → nat", Map.of());
        for (String az : azIds) {
            plan.add(StepKind.ROUTE_TABLES, ResourceType.ROUTE_TABLE_ASSOCIATION, "rtbassoc-public-" + az,
                    "public-" + az, "rtb-public", Map.of());
            plan.add(StepKind.ROUTE_TABLES, ResourceType.ROUTE_TABLE_ASSOCIATION, "rtbassoc-private-" + az,
                    "private-" + az, "rtb-private", Map.of());
        }
        plan.add(StepKind.S3_ENDPOINT, ResourceType.VPC_ENDPOINT, "vpce-s3", "s3-gateway", "rtb-private, rtb-public",
                Map.of());
    }

    /** Adds resources with the standard tags (plus extra ones); untaggable kinds get none. */
    private record Collector(Names names, List<PlannedResource> resources) {
        void add(StepKind step, ResourceType type, String logical, String name, String detail, Map<String, String> extra) {
            boolean named = type != ResourceType.S3_BUCKET && type != ResourceType.IAM_ROLE
                    && type != ResourceType.EKS_CLUSTER && type != ResourceType.EKS_NODEGROUP
                    && type != ResourceType.HOSTED_ZONE && type != ResourceType.TAGS && type != ResourceType.HOST_NAME;
            String awsName = named ? names.named(name) : name;
            Map<String, String> tags = new LinkedHashMap<>();
            if (type != ResourceType.ROUTE_TABLE_ASSOCIATION && type != ResourceType.HOST_NAME) {
                tags.putAll(names.tags(logical, awsName));
                if (type == ResourceType.TAGS) {
                    tags.remove("Name");
                }
            }
            tags.putAll(extra);
            resources.add(new PlannedResource(step, type, logical, awsName, detail, tags));
        }
    }
}
