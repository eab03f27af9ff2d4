package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ControllerRole;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.Scope;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.model.TagResourceType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The steps that are the same for both VPC modes: bucket, roles, EKS, DNS and the endpoint names. */
final class PlatformSteps {

    private PlatformSteps() {
    }

    static void dataBucket(StepContext c) {
        S3Client s3 = c.aws.s3();
        String bucket = c.names.bucket();
        c.ensure("bucket", () -> ownBucket(c, bucket), p -> {
            s3.createBucket(r -> {
                r.bucket(bucket);
                // us-east-1 is the one region that refuses an explicit location constraint.
                if (!"us-east-1".equals(c.region())) {
                    r.createBucketConfiguration(b -> b.locationConstraint(BucketLocationConstraint.fromValue(c.region())));
                }
            });
            return bucket;
        });
        var tags = c.planned("bucket").tags().entrySet().stream()
                .map(e -> software.amazon.awssdk.services.s3.model.Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        // Three settings of one bucket, independent of each other: sent together.
        StepContext.inParallel(List.<Runnable>of(
                () -> s3.putBucketTagging(r -> r.bucket(bucket).tagging(t -> t.tagSet(tags))),
                () -> s3.putPublicAccessBlock(r -> r.bucket(bucket).publicAccessBlockConfiguration(b -> b
                        .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true)
                        .restrictPublicBuckets(true))),
                () -> s3.putBucketEncryption(r -> r.bucket(bucket).serverSideEncryptionConfiguration(cfg -> cfg.rules(
                        rule -> rule.applyServerSideEncryptionByDefault(d -> d
                                .sseAlgorithm(ServerSideEncryption.AES256)))))),
                Runnable::run);
    }

    /**
     * The bucket if it exists in this account (names are global: one in another account answers 403). Asked with
     * GetBucketLocation, an action of its own in IAM, where HeadBucket is authorized as s3:ListBucket.
     */
    private static Optional<String> ownBucket(StepContext c, String bucket) {
        try {
            c.aws.s3().getBucketLocation(r -> r.bucket(bucket));
            return Optional.of(bucket);
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Creates the controller's roles. With a permissions boundary every role gets it at creation: the bootstrap
     * role may only create roles that carry it.
     */
    static void controllerRoles(StepContext c) {
        IamClient iam = c.aws.iam();
        String boundary = c.onboarding.inputs().bootstrapRole().permissionsBoundaryArn().strip();
        // The roles are independent of each other, and so are a role's policies once it exists.
        StepContext.inParallel(ControllerRole.ALL, role -> {
            String name = c.planned(role.logicalName()).name();
            c.ensure(role.logicalName(), () -> roleArn(iam, name).map(arn -> name), p -> {
                iam.createRole(r -> {
                    r.roleName(name).assumeRolePolicyDocument(role.trustPolicy())
                            .description("BYOC " + role.suffix() + " (" + c.id() + ")")
                            .tags(p.tags().entrySet().stream().map(e -> software.amazon.awssdk.services.iam.model.Tag
                                    .builder().key(e.getKey()).value(e.getValue()).build()).toList());
                    if (!boundary.isEmpty()) {
                        r.permissionsBoundary(boundary);
                    }
                });
                return name;
            });
            var policies = new ArrayList<Runnable>();
            if (!role.actions().isEmpty()) {
                policies.add(() -> iam.putRolePolicy(r -> r.roleName(name).policyName(role.inlinePolicyName())
                        .policyDocument(role.inlinePolicy())));
            }
            role.managedPolicies().forEach(managed ->
                    policies.add(() -> iam.attachRolePolicy(r -> r.roleName(name).policyArn(managed))));
            StepContext.inParallel(policies, Runnable::run);
        });
    }

    /**
     * The customer keeps IAM role creation to themselves, so their template created the controller's roles: each
     * must exist with its inline policy and managed policies. Recorded, never deleted by us.
     */
    static void verifyControllerRoles(StepContext c) {
        IamClient iam = c.aws.iam();
        var problems = new ArrayList<String>();
        for (ControllerRole role : ControllerRole.ALL) {
            String name = c.planned(role.logicalName()).name();
            if (roleArn(iam, name).isEmpty()) {
                problems.add(name + " (missing)");
                continue;
            }
            var inline = iam.listRolePolicies(r -> r.roleName(name)).policyNames();
            var attached = iam.listAttachedRolePolicies(r -> r.roleName(name)).attachedPolicies().stream()
                    .map(a -> a.policyArn()).toList();
            if (!role.actions().isEmpty() && !inline.contains(role.inlinePolicyName())) {
                problems.add(name + " (no inline policy " + role.inlinePolicyName() + ")");
            }
            role.managedPolicies().stream().filter(m -> !attached.contains(m))
                    .forEach(m -> problems.add(name + " (" + m + " not attached)"));
        }
        if (!problems.isEmpty()) {
            throw new StepFailure(Message.of("provisioning.error.controllerRolesMissing", String.join(", ", problems)),
                    "");
        }
        for (ControllerRole role : ControllerRole.ALL) {
            c.ensure(role.logicalName(), () -> Optional.of(c.planned(role.logicalName()).name()), PlannedResource::name);
        }
    }

    private static Optional<String> roleArn(IamClient iam, String name) {
        try {
            return Optional.of(iam.getRole(r -> r.roleName(name)).role().arn());
        } catch (NoSuchEntityException e) {
            return Optional.empty();
        }
    }

    /**
     * A controller role's ARN, from the name the journal recorded for it (created or verified by an earlier step):
     * no GetRole needed, and a role deleted since fails the create call with AWS's own message.
     */
    private static String requiredRoleArn(StepContext c, String suffix) {
        String name = c.idOf(ControllerRole.named(suffix).logicalName());
        String region = c.region();
        return "arn:" + Scope.Target.partitionOf(region) + ":iam::" + c.onboarding.inputs().account().accountId()
                + ":role/" + name;
    }

    static void eksCluster(StepContext c) {
        EksClient eks = c.aws.eks();
        String name = c.names.cluster();
        String roleArn = requiredRoleArn(c, ControllerRole.CONTROL_PLANE);
        List<String> subnets = privateSubnetIds(c);
        Map<String, String> tags = c.planned("eks").tags();
        c.ensure("eks", () -> cluster(eks, name), p -> eks.createCluster(r -> r.name(name)
                .version(c.properties.kubernetesVersion()).roleArn(roleArn)
                .resourcesVpcConfig(v -> v.subnetIds(subnets).endpointPrivateAccess(true).endpointPublicAccess(true))
                .clientRequestToken(c.clientToken("eks")).tags(tags)).cluster().name());
        eks.waiter().waitUntilClusterActive(r -> r.name(name), c.waiterFor(ResourceType.EKS_CLUSTER));
    }

    private static Optional<String> cluster(EksClient eks, String name) {
        try {
            return Optional.of(eks.describeCluster(r -> r.name(name)).cluster().name());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    static void nodeGroup(StepContext c) {
        EksClient eks = c.aws.eks();
        String cluster = c.idOf("eks");
        String name = c.names.nodeGroup();
        String roleArn = requiredRoleArn(c, ControllerRole.WORKER);
        List<String> subnets = privateSubnetIds(c);
        c.ensure("nodegroup", cluster, () -> {
            try {
                return Optional.of(eks.describeNodegroup(r -> r.clusterName(cluster).nodegroupName(name)).nodegroup()
                        .nodegroupName());
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        }, p -> eks.createNodegroup(r -> r.clusterName(cluster).nodegroupName(name).nodeRole(roleArn).subnets(subnets)
                .instanceTypes(c.properties.nodeInstanceType())
                .scalingConfig(s -> s.minSize(subnets.size()).desiredSize(subnets.size()).maxSize(subnets.size() * 2))
                .clientRequestToken(c.clientToken("nodegroup")).tags(p.tags())).nodegroup().nodegroupName());
        eks.waiter().waitUntilNodegroupActive(r -> r.clusterName(cluster).nodegroupName(name),
                c.waiterFor(ResourceType.EKS_NODEGROUP));
    }

    static void hostedZone(StepContext c) {
        Route53Client route53 = c.aws.route53();
        String vpcId = c.byocVpcId();
        PlannedResource planned = c.planned("zone");
        String zoneName = planned.name() + ".";
        String zoneId = c.ensure("zone", () -> route53.listHostedZonesByVPC(r -> r.vpcId(vpcId).vpcRegion(c.region()))
                        .hostedZoneSummaries().stream().filter(z -> zoneName.equals(z.name())).findFirst()
                        .map(z -> z.hostedZoneId()),
                // PrivateZone=true matters: given only a VPC, moto silently makes a public zone.
                p -> stripPrefix(route53.createHostedZone(r -> r.name(p.name()).callerReference(c.clientToken("zone"))
                        .hostedZoneConfig(h -> h.privateZone(true).comment("BYOC " + c.id()))
                        .vpc(v -> v.vpcId(vpcId).vpcRegion(c.region()))).hostedZone().id()));
        route53.changeTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(zoneId)
                .addTags(planned.tags().entrySet().stream()
                        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()));
    }

    static void endpoints(StepContext c) {
        for (PlannedResource planned : c.plan.of(StepKind.ENDPOINTS)) {
            c.ensure(planned.logicalName(), Optional::empty, PlannedResource::name);
        }
        c.log(Message.of("provisioning.log.endpoints", c.plan.publicEndpoint(), c.plan.privateEndpoint()));
    }

    private static List<String> privateSubnetIds(StepContext c) {
        if (c.onboarding.inputs().network().mode() == VpcMode.EXISTING_VPC) {
            return c.onboarding.inputs().network().existingSubnets().stream().map(ExistingSubnet::subnetId).toList();
        }
        return c.network().zones().stream().map(zone -> c.idOf(zone.privateSubnet())).toList();
    }

    static String stripPrefix(String zoneId) {
        return zoneId.substring(zoneId.lastIndexOf('/') + 1);
    }
}
