package com.byoconboard.provisioning;

import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.AccountReads;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.onboarding.OnboardingId;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Looks in the customer's account, through the bootstrap role, at what the journal recorded (by ID or name) and at
 * what carries the onboarding's tag. Every call here is one of {@link AccountReads}, so the role permits it.
 */
final class AccountLook {

    /** States in which EC2 still lists something that no longer exists. */
    private static final Set<String> ENDED = Set.of("deleted", "deleting", "rejected", "failed", "expired");

    private AccountLook() {
    }

    /** What the account shows for one recorded resource. */
    static Drift.Observed look(CustomerAccount aws, RecordedResource r) {
        String id = r.resourceId();
        var ec2 = aws.ec2();
        return absentIfGone(() -> switch (r.type()) {
            case HOST_NAME, CUSTOMER_IAM_ROLE -> new Drift.NotLooked();
            case VPC -> ec2.describeVpcs(d -> d.vpcIds(id)).vpcs().stream().findFirst()
                    .<Drift.Observed>map(v -> new Drift.Found(Optional.of(tags(v.tags())), Optional.of(v.cidrBlock())))
                    .orElseGet(Drift.Absent::new);
            case SUBNET -> ec2.describeSubnets(d -> d.subnetIds(id)).subnets().stream().findFirst()
                    .<Drift.Observed>map(s -> new Drift.Found(Optional.of(tags(s.tags())), Optional.of(s.cidrBlock())))
                    .orElseGet(Drift.Absent::new);
            case INTERNET_GATEWAY -> found(ec2.describeInternetGateways(d -> d.internetGatewayIds(id))
                    .internetGateways().stream().map(g -> tags(g.tags())).findFirst());
            case ELASTIC_IP -> found(ec2.describeAddresses(d -> d.allocationIds(id)).addresses().stream()
                    .map(a -> tags(a.tags())).findFirst());
            case NAT_GATEWAY -> found(ec2.describeNatGateways(d -> d.natGatewayIds(id)).natGateways().stream()
                    .filter(n -> !ENDED.contains(n.stateAsString())).map(n -> tags(n.tags())).findFirst());
            case ROUTE_TABLE -> found(ec2.describeRouteTables(d -> d.routeTableIds(id)).routeTables().stream()
                    .map(t -> tags(t.tags())).findFirst());
            case ROUTE_TABLE_ASSOCIATION -> present(ec2.describeRouteTables(d -> d.routeTableIds(r.parentId()))
                    .routeTables().stream().flatMap(t -> t.associations().stream())
                    .anyMatch(a -> id.equals(a.routeTableAssociationId())));
            case VPC_ENDPOINT -> found(ec2.describeVpcEndpoints(d -> d.vpcEndpointIds(id)).vpcEndpoints().stream()
                    .filter(e -> !ENDED.contains(e.stateAsString().toLowerCase())).map(e -> tags(e.tags())).findFirst());
            case SECURITY_GROUP -> found(ec2.describeSecurityGroups(d -> d.groupIds(id)).securityGroups().stream()
                    .map(g -> tags(g.tags())).findFirst());
            case SECURITY_GROUP_RULE -> present(!ec2.describeSecurityGroupRules(d -> d.securityGroupRuleIds(id))
                    .securityGroupRules().isEmpty());
            case VPC_PEERING_CONNECTION -> found(ec2.describeVpcPeeringConnections(d -> d.vpcPeeringConnectionIds(id))
                    .vpcPeeringConnections().stream().filter(p -> !ENDED.contains(p.status().codeAsString()))
                    .map(p -> tags(p.tags())).findFirst());
            case PEERING_ROUTE -> present(ec2.describeRouteTables(d -> d.routeTableIds(r.parentId())).routeTables()
                    .stream().flatMap(t -> t.routes().stream()).anyMatch(route -> id.equals(route.destinationCidrBlock())));
            // The customer's own VPC or subnet, with our ownership tags on it.
            case TAGS -> {
                var tags = new LinkedHashMap<String, String>();
                ec2.describeTags(d -> d.filters(Filter.builder().name("resource-id").values(id).build())).tags()
                        .forEach(t -> tags.put(t.key(), t.value()));
                yield new Drift.Found(Optional.of(tags), Optional.empty());
            }
            case S3_BUCKET -> {
                aws.s3().getBucketLocation(d -> d.bucket(id));
                yield Drift.Found.plain();
            }
            case IAM_ROLE -> {
                var role = aws.iam().getRole(d -> d.roleName(id)).role();
                var tags = new LinkedHashMap<String, String>();
                role.tags().forEach(t -> tags.put(t.key(), t.value()));
                yield new Drift.Found(Optional.of(tags), Optional.empty());
            }
            case EKS_CLUSTER -> new Drift.Found(Optional.of(Map.copyOf(aws.eks().describeCluster(d -> d.name(id))
                    .cluster().tags())), Optional.empty());
            case EKS_NODEGROUP -> new Drift.Found(Optional.of(Map.copyOf(aws.eks()
                    .describeNodegroup(d -> d.clusterName(r.parentId()).nodegroupName(id)).nodegroup().tags())),
                    Optional.empty());
            case HOSTED_ZONE -> {
                aws.route53().getHostedZone(d -> d.id(id));
                yield Drift.Found.plain();
            }
        });
    }

    /**
     * Everything in the account's EC2 (where all the network we build lives) that carries the onboarding's tag and
     * still exists, each kind listed with a filter on the tag and its state checked (deleted ones linger a while).
     */
    static List<Drift.Tagged> tagged(CustomerAccount aws, OnboardingId onboarding) {
        var ec2 = aws.ec2();
        String value = onboarding.toString();
        Filter tag = Filter.builder().name("tag:" + ResourceNames.ONBOARDING_TAG).values(value).build();
        var found = new ArrayList<Drift.Tagged>();
        ec2.describeVpcs(d -> d.filters(tag)).vpcs()
                .forEach(v -> found.add(tagged(ResourceType.VPC, v.vpcId(), v.tags())));
        ec2.describeSubnets(d -> d.filters(tag)).subnets()
                .forEach(s -> found.add(tagged(ResourceType.SUBNET, s.subnetId(), s.tags())));
        ec2.describeInternetGateways(d -> d.filters(tag)).internetGateways()
                .forEach(g -> found.add(tagged(ResourceType.INTERNET_GATEWAY, g.internetGatewayId(), g.tags())));
        ec2.describeAddresses(d -> d.filters(tag)).addresses()
                .forEach(a -> found.add(tagged(ResourceType.ELASTIC_IP, a.allocationId(), a.tags())));
        // Tags checked here too: moto ignores tag filters on DescribeNatGateways.
        ec2.describeNatGateways(d -> d.filter(tag)).natGateways().stream()
                .filter(n -> !ENDED.contains(n.stateAsString()) && value.equals(tags(n.tags()).get(ResourceNames.ONBOARDING_TAG)))
                .forEach(n -> found.add(tagged(ResourceType.NAT_GATEWAY, n.natGatewayId(), n.tags())));
        ec2.describeRouteTables(d -> d.filters(tag)).routeTables()
                .forEach(t -> found.add(tagged(ResourceType.ROUTE_TABLE, t.routeTableId(), t.tags())));
        ec2.describeVpcEndpoints(d -> d.filters(tag)).vpcEndpoints().stream()
                .filter(e -> !ENDED.contains(e.stateAsString().toLowerCase()))
                .forEach(e -> found.add(tagged(ResourceType.VPC_ENDPOINT, e.vpcEndpointId(), e.tags())));
        ec2.describeSecurityGroups(d -> d.filters(tag)).securityGroups()
                .forEach(g -> found.add(tagged(ResourceType.SECURITY_GROUP, g.groupId(), g.tags())));
        ec2.describeVpcPeeringConnections(d -> d.filters(tag)).vpcPeeringConnections().stream()
                .filter(p -> !ENDED.contains(p.status().codeAsString()))
                .forEach(p -> found.add(tagged(ResourceType.VPC_PEERING_CONNECTION, p.vpcPeeringConnectionId(), p.tags())));
        return found;
    }

    private static Drift.Tagged tagged(ResourceType type, String id, List<Tag> tags) {
        return new Drift.Tagged(type, id, tags(tags).getOrDefault(ResourceNames.RESOURCE_TAG, ""));
    }

    private static Map<String, String> tags(List<Tag> tags) {
        var map = new LinkedHashMap<String, String>();
        tags.forEach(t -> map.put(t.key(), t.value()));
        return map;
    }

    private static Drift.Observed found(Optional<Map<String, String>> tags) {
        return tags.<Drift.Observed>map(t -> new Drift.Found(Optional.of(t), Optional.empty())).orElseGet(Drift.Absent::new);
    }

    private static Drift.Observed present(boolean present) {
        return present ? Drift.Found.plain() : new Drift.Absent();
    }

    /** A look-up by ID of something deleted answers "not found" (each service in its own words): it is absent. */
    private static Drift.Observed absentIfGone(Supplier<Drift.Observed> look) {
        try {
            return look.get();
        } catch (AwsServiceException e) {
            if (Teardown.gone(e)) {
                return new Drift.Absent();
            }
            throw e;
        }
    }
}
