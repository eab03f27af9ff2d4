package com.byoconboard.deployment;

import java.util.List;
import java.util.function.Function;

/**
 * Which resources of the customer's account an action is called on: the policy pattern that must allow it, and
 * the concrete ARNs for one onboarding (what pre-flight asks the IAM simulator about).
 */
public enum Scope {
    /** EC2 and Route 53 resources whose IDs exist only after their creation, and Describe/List calls. */
    ANY(ArnPattern.ANY, t -> List.of("*")),
    DATA_BUCKET(ArnPattern.BUCKETS, t -> List.of(t.arn("s3", "", "", t.names().bucket()))),
    DATA_BUCKET_OBJECTS(ArnPattern.BUCKET_OBJECTS, t -> List.of(t.arn("s3", "", "", t.names().bucket() + "/*"))),
    CONTROLLER_ROLES(ArnPattern.ROLES, t -> ControllerRole.ALL.stream().map(t::roleArn).toList()),
    CONTROL_PLANE_ROLE(ArnPattern.ROLES, t -> List.of(t.roleArn(ControllerRole.named(ControllerRole.CONTROL_PLANE)))),
    WORKER_ROLE(ArnPattern.ROLES, t -> List.of(t.roleArn(ControllerRole.named(ControllerRole.WORKER)))),
    BOOTSTRAP_ROLE(ArnPattern.BOOTSTRAP_ROLE, t -> List.of(t.arn("iam", "", t.account(), "role/" + t.bootstrapRoleName()))),
    EKS_SERVICE_LINKED_ROLE(ArnPattern.SERVICE_LINKED_ROLES, t -> List.of(t.arn("iam", "", t.account(),
            "role/aws-service-role/eks.amazonaws.com/AWSServiceRoleForAmazonEKS"))),
    NODEGROUP_SERVICE_LINKED_ROLE(ArnPattern.SERVICE_LINKED_ROLES, t -> List.of(t.arn("iam", "", t.account(),
            "role/aws-service-role/eks-nodegroup.amazonaws.com/AWSServiceRoleForAmazonEKSNodegroup"))),
    CLUSTER(ArnPattern.CLUSTERS, t -> List.of(t.arn("eks", t.region(), t.account(), "cluster/" + t.names().cluster()))),
    NODEGROUP(ArnPattern.NODEGROUPS, t -> List.of(t.arn("eks", t.region(), t.account(),
            "nodegroup/" + t.names().cluster() + "/" + t.names().nodeGroup() + "/*"))),
    /** The controller's later work: a resource of the kind it will call, to prove the role allows that too. */
    LOAD_BALANCING_SERVICE_LINKED_ROLE(ArnPattern.SERVICE_LINKED_ROLES, t -> List.of(t.arn("iam", "", t.account(),
            "role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing"))),
    AUTOSCALING_SERVICE_LINKED_ROLE(ArnPattern.SERVICE_LINKED_ROLES, t -> List.of(t.arn("iam", "", t.account(),
            "role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"))),
    POLICIES(ArnPattern.POLICIES, t -> List.of(t.arn("iam", "", t.account(), "policy/" + t.names().named("controller")))),
    OIDC_PROVIDERS(ArnPattern.OIDC_PROVIDERS, t -> List.of(t.arn("iam", "", t.account(),
            "oidc-provider/oidc.eks." + t.region() + ".amazonaws.com/id/" + t.names().shortId()))),
    ADDONS(ArnPattern.ADDONS, t -> List.of(t.arn("eks", t.region(), t.account(),
            "addon/" + t.names().cluster() + "/vpc-cni/" + t.names().shortId()))),
    OUR_VPCS(ArnPattern.EC2_VPCS, t -> List.of(t.arn("ec2", t.region(), t.account(), "vpc/*"))),
    PEER_VPCS(ArnPattern.EC2_ANY_ACCOUNT_VPCS, t -> List.of(t.arn("ec2", "*", "*", "vpc/*"))),
    PEERING_CONNECTIONS(ArnPattern.EC2_PEERING_CONNECTIONS, t -> List.of(t.arn("ec2", t.region(), t.account(),
            "vpc-peering-connection/*"))),
    ROUTE_TABLES(ArnPattern.EC2_ROUTE_TABLES, t -> List.of(t.arn("ec2", t.region(), t.account(), "route-table/*"))),
    SECURITY_GROUPS(ArnPattern.EC2_SECURITY_GROUPS, t -> List.of(t.arn("ec2", t.region(), t.account(),
            "security-group/*"))),
    ACCESS_ENTRIES(ArnPattern.ACCESS_ENTRIES, t -> List.of(t.arn("eks", t.region(), t.account(),
            "access-entry/" + t.names().cluster() + "/role/" + t.account() + "/" + t.names().named("admin") + "/"
                    + t.names().shortId())));

    private final ArnPattern pattern;
    private final Function<Target, List<String>> arns;

    Scope(ArnPattern pattern, Function<Target, List<String>> arns) {
        this.pattern = pattern;
        this.arns = arns;
    }

    public ArnPattern pattern() {
        return pattern;
    }

    /** The ARNs this scope means for one onboarding's account. */
    public List<String> arns(Target target) {
        return arns.apply(target);
    }

    /** Where an onboarding deploys: what concrete ARNs are made of. */
    public record Target(String partition, String account, String region, ResourceNames names,
                         String bootstrapRoleName) {

        String arn(String service, String arnRegion, String arnAccount, String resource) {
            return "arn:" + partition + ":" + service + ":" + arnRegion + ":" + arnAccount + ":" + resource;
        }

        String roleArn(ControllerRole role) {
            return arn("iam", "", account, "role/" + names.role(role));
        }

        /** The AWS partition of a region: {@code aws-cn} for China, {@code aws-us-gov} for GovCloud, else {@code aws}. */
        public static String partitionOf(String region) {
            return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        }
    }
}
