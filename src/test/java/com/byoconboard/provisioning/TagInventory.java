package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.onboarding.OnboardingId;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.Filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything in the customer's account and region that carries the onboarding's tag, by kind: what tear
 * down must leave empty, and what "never created twice" is counted against. Uses each service's own list and
 * describe calls, since the Resource Groups Tagging API client is not available to this build.
 */
final class TagInventory {

    private TagInventory() {
    }

    static Map<ResourceType, List<String>> of(CustomerAccount aws, OnboardingId id) {
        var found = new EnumMap<ResourceType, List<String>>(ResourceType.class);
        String value = id.toString();
        var ec2 = aws.ec2();
        Filter tag = Filter.builder().name("tag:" + ResourceNames.ONBOARDING_TAG).values(value).build();
        put(found, ResourceType.VPC, ec2.describeVpcs(r -> r.filters(tag)).vpcs().stream().map(v -> v.vpcId()).toList());
        put(found, ResourceType.SUBNET, ec2.describeSubnets(r -> r.filters(tag)).subnets().stream().map(s -> s.subnetId()).toList());
        put(found, ResourceType.INTERNET_GATEWAY, ec2.describeInternetGateways(r -> r.filters(tag)).internetGateways().stream()
                .map(g -> g.internetGatewayId()).toList());
        put(found, ResourceType.ELASTIC_IP, ec2.describeAddresses(r -> r.filters(tag)).addresses().stream()
                .map(a -> a.allocationId()).toList());
        // Tags checked here too: moto ignores tag filters on DescribeNatGateways.
        put(found, ResourceType.NAT_GATEWAY, ec2.describeNatGateways(r -> r.filter(tag)).natGateways().stream()
                .filter(n -> !"deleted".equals(n.stateAsString()) && !"deleting".equals(n.stateAsString()))
                .filter(n -> n.tags().stream().anyMatch(t -> ResourceNames.ONBOARDING_TAG.equals(t.key())
                        && value.equals(t.value())))
                .map(n -> n.natGatewayId()).toList());
        put(found, ResourceType.ROUTE_TABLE, ec2.describeRouteTables(r -> r.filters(tag)).routeTables().stream()
                .map(t -> t.routeTableId()).toList());
        put(found, ResourceType.SECURITY_GROUP, ec2.describeSecurityGroups(r -> r.filters(tag)).securityGroups().stream()
                .map(g -> g.groupId()).toList());
        put(found, ResourceType.VPC_ENDPOINT, ec2.describeVpcEndpoints(r -> r.filters(tag)).vpcEndpoints().stream()
                .filter(e -> !"deleted".equalsIgnoreCase(e.stateAsString())).map(e -> e.vpcEndpointId()).toList());

        var s3 = aws.s3();
        put(found, ResourceType.S3_BUCKET, s3.listBuckets().buckets().stream().map(b -> b.name())
                .filter(b -> {
                    try {
                        return s3.getBucketTagging(r -> r.bucket(b)).tagSet().stream()
                                .anyMatch(t -> ResourceNames.ONBOARDING_TAG.equals(t.key()) && value.equals(t.value()));
                    } catch (AwsServiceException e) {
                        return false;
                    }
                }).toList());

        var iam = aws.iam();
        put(found, ResourceType.IAM_ROLE, iam.listRolesPaginator().roles().stream().map(r -> r.roleName())
                .filter(name -> iam.listRoleTags(r -> r.roleName(name)).tags().stream()
                        .anyMatch(t -> ResourceNames.ONBOARDING_TAG.equals(t.key()) && value.equals(t.value())))
                .toList());

        var eks = aws.eks();
        var clusters = new ArrayList<String>();
        var nodeGroups = new ArrayList<String>();
        for (String cluster : eks.listClusters().clusters()) {
            if (value.equals(eks.describeCluster(r -> r.name(cluster)).cluster().tags().get(ResourceNames.ONBOARDING_TAG))) {
                clusters.add(cluster);
            }
            for (String group : eks.listNodegroups(r -> r.clusterName(cluster)).nodegroups()) {
                var tags = eks.describeNodegroup(r -> r.clusterName(cluster).nodegroupName(group)).nodegroup().tags();
                if (value.equals(tags.get(ResourceNames.ONBOARDING_TAG))) {
                    nodeGroups.add(group);
                }
            }
        }
        put(found, ResourceType.EKS_CLUSTER, clusters);
        put(found, ResourceType.EKS_NODEGROUP, nodeGroups);

        var route53 = aws.route53();
        put(found, ResourceType.HOSTED_ZONE, route53.listHostedZones().hostedZones().stream()
                .map(z -> PlatformSteps.stripPrefix(z.id()))
                .filter(zone -> route53.listTagsForResource(r -> r.resourceType("hostedzone").resourceId(zone))
                        .resourceTagSet().tags().stream()
                        .anyMatch(t -> ResourceNames.ONBOARDING_TAG.equals(t.key()) && value.equals(t.value())))
                .toList());
        return found;
    }

    private static void put(Map<ResourceType, List<String>> found, ResourceType type, List<String> ids) {
        if (!ids.isEmpty()) {
            found.put(type, List.copyOf(ids));
        }
    }
}
