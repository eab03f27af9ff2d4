package com.byoconboard.provisioning;

import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.ResourceNames;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.util.List;
import java.util.function.Consumer;

/** Deletes one recorded resource; a resource that is already gone counts as deleted, so tear down can be repeated. */
final class Teardown {

    private Teardown() {
    }

    static void delete(CustomerAccount aws, RecordedResource r, Consumer<WaiterOverrideConfiguration.Builder> waiter) {
        try {
            deleteOrFail(aws, r, waiter);
        } catch (AwsServiceException e) {
            if (!gone(e)) {
                throw e;
            }
        }
    }

    private static void deleteOrFail(CustomerAccount aws, RecordedResource r, Consumer<WaiterOverrideConfiguration.Builder> waiter) {
        var ec2 = aws.ec2();
        String id = r.resourceId();
        switch (r.type()) {
            // Nothing of ours to delete: a host name is an output, the customer's template owns its roles.
            case HOST_NAME, CUSTOMER_IAM_ROLE -> { }
            case TAGS -> ec2.deleteTags(d -> d.resources(id).tags(List.of(ResourceNames.ONBOARDING_TAG,
                    ResourceNames.BYOC_TAG, ResourceNames.RESOURCE_TAG).stream().map(k -> Tag.builder().key(k).build())
                    .toList()));
            case HOSTED_ZONE -> aws.route53().deleteHostedZone(d -> d.id(id));
            case EKS_NODEGROUP -> {
                aws.eks().deleteNodegroup(d -> d.clusterName(r.parentId()).nodegroupName(id));
                aws.eks().waiter().waitUntilNodegroupDeleted(d -> d.clusterName(r.parentId()).nodegroupName(id), waiter);
            }
            case EKS_CLUSTER -> {
                aws.eks().deleteCluster(d -> d.name(id));
                aws.eks().waiter().waitUntilClusterDeleted(d -> d.name(id), waiter);
            }
            case IAM_ROLE -> {
                var iam = aws.iam();
                iam.listRolePolicies(l -> l.roleName(id)).policyNames()
                        .forEach(p -> iam.deleteRolePolicy(d -> d.roleName(id).policyName(p)));
                iam.listAttachedRolePolicies(l -> l.roleName(id)).attachedPolicies()
                        .forEach(p -> iam.detachRolePolicy(d -> d.roleName(id).policyArn(p.policyArn())));
                iam.deleteRole(d -> d.roleName(id));
            }
            case S3_BUCKET -> {
                var s3 = aws.s3();
                s3.listObjectVersionsPaginator(l -> l.bucket(id)).versions()
                        .forEach(v -> s3.deleteObject(d -> d.bucket(id).key(v.key()).versionId(v.versionId())));
                s3.listObjectsV2Paginator(l -> l.bucket(id)).contents()
                        .forEach(o -> s3.deleteObject(d -> d.bucket(id).key(o.key())));
                s3.deleteBucket(d -> d.bucket(id));
            }
            case SECURITY_GROUP_RULE -> ec2.revokeSecurityGroupIngress(d -> d.groupId(r.parentId()).securityGroupRuleIds(id));
            case SECURITY_GROUP -> ec2.deleteSecurityGroup(d -> d.groupId(id));
            case PEERING_ROUTE -> ec2.deleteRoute(d -> d.routeTableId(r.parentId()).destinationCidrBlock(id));
            case VPC_PEERING_CONNECTION -> ec2.deleteVpcPeeringConnection(d -> d.vpcPeeringConnectionId(id));
            case VPC_ENDPOINT -> ec2.deleteVpcEndpoints(d -> d.vpcEndpointIds(id));
            case ROUTE_TABLE_ASSOCIATION -> ec2.disassociateRouteTable(d -> d.associationId(id));
            case ROUTE_TABLE -> ec2.deleteRouteTable(d -> d.routeTableId(id));
            case NAT_GATEWAY -> {
                ec2.deleteNatGateway(d -> d.natGatewayId(id));
                ec2.waiter().waitUntilNatGatewayDeleted(d -> d.natGatewayIds(id), waiter);
            }
            case ELASTIC_IP -> ec2.releaseAddress(d -> d.allocationId(id));
            case INTERNET_GATEWAY -> {
                if (r.parentId() != null) {
                    try {
                        ec2.detachInternetGateway(d -> d.internetGatewayId(id).vpcId(r.parentId()));
                    } catch (AwsServiceException e) {
                        if (!gone(e) && !"Gateway.NotAttached".equals(code(e))) {
                            throw e;
                        }
                    }
                }
                ec2.deleteInternetGateway(d -> d.internetGatewayId(id));
            }
            case SUBNET -> ec2.deleteSubnet(d -> d.subnetId(id));
            case VPC -> ec2.deleteVpc(d -> d.vpcId(id));
        }
    }

    /** AWS says the thing does not exist (any service's spelling of it). */
    static boolean gone(AwsServiceException e) {
        String code = code(e);
        return e.statusCode() == 404 || code.endsWith(".NotFound") || code.endsWith("NotFound")
                || code.equals("NoSuchEntity") || code.equals("NoSuchBucket") || code.equals("NoSuchHostedZone")
                || code.equals("ResourceNotFoundException") || code.equals("NatGatewayNotFound");
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
    }
}
