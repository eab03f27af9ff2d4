package com.byoconboard.provisioning;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProblem;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.aws.CustomerRole;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.OnboardingValidator;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Vpc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The pre-flight "doctor": named checks, each pass / warn / fail with what it saw and the fix, run in the
 * customer's account before anything is created (and again as a run's first step).
 */
final class Preflight {

    private final AwsClients aws;
    private final ProvisioningProperties properties;
    private final ExistingNetworkCheck existingNetwork;

    Preflight(AwsClients aws, ProvisioningProperties properties, OnboardingValidator validator) {
        this.aws = aws;
        this.properties = properties;
        this.existingNetwork = new ExistingNetworkCheck(validator);
    }

    static CustomerRole roleOf(Onboarding o) {
        return new CustomerRole(o.inputs().bootstrapRole().roleArn(), o.externalId(),
                CustomerRole.sessionNameFor(o.id().toString()));
    }

    /** Runs every check; waits up to {@code propagationWait} for a role AWS does not know yet, reporting each wait. */
    PreflightReport run(Onboarding onboarding, ProvisioningPlan plan, Duration propagationWait, Consumer<Message> waiting) {
        try (CustomerAccount account = aws.customer(roleOf(onboarding), onboarding.inputs().region())) {
            return run(onboarding, plan, account, propagationWait, waiting);
        }
    }

    /**
     * Runs every check with {@code account}'s clients (a run's own session: its steps then reuse the assumed role and
     * the clients pre-flight built, instead of assuming the role again); the caller closes it.
     */
    PreflightReport run(Onboarding onboarding, ProvisioningPlan plan, CustomerAccount account, Duration propagationWait,
                        Consumer<Message> waiting) {
        var results = new ArrayList<CheckResult>();
        var role = roleOf(onboarding);
        var assumable = roleAssumable(onboarding, role, account, propagationWait, waiting);
        results.add(assumable);
        if (assumable.status() == CheckResult.Status.FAIL) {
            return new PreflightReport(results, Map.of(), Optional.empty());
        }
        var azNames = new ConcurrentHashMap<String, String>();
        var existingVpc = new AtomicReference<ExistingVpcFacts>();
        // The checks read independent things: asked side by side, reported in this order.
        var checks = new ArrayList<Supplier<List<CheckResult>>>();
        checks.add(() -> List.of(guarded(PermissionCheck.CHECK, role,
                () -> PermissionCheck.run(account, role.roleArn(), plan.requiredPermissions()))));
        checks.add(() -> List.of(guarded("availability-zones", role,
                () -> availabilityZones(account, onboarding, azNames))));
        if (onboarding.inputs().network().mode() == VpcMode.NEW_VPC) {
            checks.add(() -> List.of(guarded("quotas", role, () -> quotas(account, onboarding, plan))));
            checks.add(() -> List.of(guarded("vpc-cidr-no-overlap", role, () -> cidrOverlap(account, onboarding))));
        } else {
            checks.add(() -> {
                var existing = existingNetwork.run(account, onboarding);
                existingVpc.set(existing.facts().orElse(null));
                return existing.checks();
            });
        }
        var answers = new ArrayList<List<CheckResult>>(java.util.Collections.nCopies(checks.size(), List.of()));
        StepContext.inParallel(java.util.stream.IntStream.range(0, checks.size()).boxed().toList(),
                i -> answers.set(i, checks.get(i).get()));
        answers.forEach(results::addAll);
        return new PreflightReport(results, Map.copyOf(azNames), Optional.ofNullable(existingVpc.get()));
    }

    /** Assumes the role as {@code account}'s session: the checks and the steps after them then use that session. */
    private CheckResult roleAssumable(Onboarding o, CustomerRole role, CustomerAccount account, Duration wait,
                                      Consumer<Message> waiting) {
        String check = "role-assumable";
        if (role.roleArn().isBlank()) {
            return CheckResult.fail(check, Message.of("provisioning.check.role-assumable.noArn"),
                    Message.of("provisioning.check.role-assumable.noArn.fix"));
        }
        Instant deadline = Instant.now().plus(wait);
        Duration pause = properties.rolePropagationPoll();
        for (int attempt = 1; ; attempt++) {
            try {
                var session = account.session();
                String roleAccount = role.accountId();
                if (!roleAccount.equals(o.inputs().account().accountId())) {
                    return CheckResult.fail(check, Message.of("provisioning.check.role-assumable.otherAccount", roleAccount,
                            o.inputs().account().accountId()), Message.of("provisioning.check.role-assumable.otherAccount.fix"));
                }
                return CheckResult.pass(check, Message.of("provisioning.check.role-assumable.pass", role.roleArn(),
                        session.assumedRoleArn(), role.externalId(), session.sessionName()));
            } catch (SdkException e) {
                var problem = AwsProblem.of(e, role.roleArn());
                if (problem.retryable()) {
                    // Throttling or an outage says nothing about the role: the step is tried again, as any other.
                    throw e;
                }
                boolean denied = problem.awsCode().startsWith("AccessDenied");
                if (!denied || Instant.now().plus(pause).isAfter(deadline)) {
                    return CheckResult.fail(check, new Message(problem.messageKey(), problem.args()),
                            new Message(problem.fixKey(), problem.args()));
                }
                waiting.accept(Message.of("provisioning.check.role-assumable.waiting", role.roleArn(), attempt,
                        wait.toSeconds()));
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** Checks that the AZ IDs exist in the region, and puts the account's name of each into {@code learned}. */
    private CheckResult availabilityZones(CustomerAccount account, Onboarding o, Map<String, String> learned) {
        String check = "availability-zones";
        List<String> wanted = o.inputs().network().mode() == VpcMode.NEW_VPC ? o.inputs().network().azIds()
                : o.inputs().network().existingSubnets().stream().map(ExistingSubnet::azId).distinct().toList();
        Map<String, String> names;
        try {
            names = account.ec2().describeAvailabilityZones(r -> r.zoneIds(wanted)).availabilityZones().stream()
                    .collect(Collectors.toMap(AvailabilityZone::zoneId, AvailabilityZone::zoneName, (a, b) -> a));
        } catch (AwsServiceException e) {
            if (!"InvalidParameterValue".equals(e.awsErrorDetails().errorCode())) {
                throw e;
            }
            names = Map.of();
        }
        var finalNames = names;
        learned.putAll(names);
        List<String> missing = wanted.stream().filter(az -> !finalNames.containsKey(az)).toList();
        if (!missing.isEmpty()) {
            return CheckResult.fail(check, Message.of("provisioning.check.availability-zones.fail",
                    String.join(", ", missing), o.inputs().region()), Message.of("provisioning.check.availability-zones.fix",
                    o.inputs().region()));
        }
        String mapping = wanted.stream().map(az -> az + " = " + finalNames.get(az)).collect(Collectors.joining(", "));
        return CheckResult.pass(check, Message.of("provisioning.check.availability-zones.pass", mapping));
    }

    private CheckResult quotas(CustomerAccount account, Onboarding o, ProvisioningPlan plan) {
        Ec2Client ec2 = account.ec2();
        var quotas = properties.quotas();
        var attributes = new AtomicReference<List<AccountAttribute>>();
        var allVpcs = new AtomicReference<List<Vpc>>();
        var allAddresses = new AtomicReference<List<Address>>();
        var busiest = new AtomicReference<long[]>();
        // Four independent look-ups, asked together; ours are told apart by their tags, not by asking again.
        StepContext.inParallel(List.<Runnable>of(
                () -> attributes.set(ec2.describeAccountAttributes(
                        r -> r.attributeNamesWithStrings("vpc-max-elastic-ips")).accountAttributes()),
                () -> allVpcs.set(ec2.describeVpcs().vpcs()),
                () -> allAddresses.set(ec2.describeAddresses().addresses()),
                () -> busiest.set(natGatewaysInBusiestAz(ec2, o, plan))), Runnable::run);
        int eipLimit = attributes.get().stream().flatMap(a -> a.attributeValues().stream())
                .map(v -> Integer.parseInt(v.attributeValue())).findFirst().orElse(quotas.elasticIps());
        int vpcs = allVpcs.get().size();
        int eips = allAddresses.get().size();
        // What this onboarding already has (a retry) needs no new room.
        long needVpcs = plan.count(ResourceType.VPC) - allVpcs.get().stream().filter(v -> ours(v.tags(), o)).count();
        long needEips = plan.count(ResourceType.ELASTIC_IP)
                - allAddresses.get().stream().filter(a -> ours(a.tags(), o)).count();
        var nat = busiest.get();
        long nats = nat[0];
        long needNats = nat[1];
        var usage = Message.of("provisioning.check.quotas.usage", vpcs, quotas.vpcsPerRegion(), Math.max(0, needVpcs),
                eips, eipLimit, Math.max(0, needEips), nats, quotas.natGatewaysPerAz(), Math.max(0, needNats));
        var short_ = new ArrayList<String>();
        if (vpcs + needVpcs > quotas.vpcsPerRegion()) {
            short_.add("VPCs per Region");
        }
        if (eips + needEips > eipLimit) {
            short_.add("EC2-VPC Elastic IPs");
        }
        if (nats + needNats > quotas.natGatewaysPerAz()) {
            short_.add("NAT gateways per Availability Zone");
        }
        if (short_.isEmpty()) {
            return CheckResult.pass("quotas", usage);
        }
        return CheckResult.fail("quotas", usage, Message.of("provisioning.check.quotas.fix", String.join(", ", short_)));
    }

    private static boolean ours(List<Tag> tags, Onboarding o) {
        return tags.stream().anyMatch(t -> t.key().equals(ResourceNames.ONBOARDING_TAG)
                && t.value().equals(o.id().toString()));
    }

    /**
     * The NAT gateway quota is per AZ: for the planned AZ that would be fullest, the live NAT gateways of others
     * there and how many this run still adds there (its own from an earlier attempt need no room).
     */
    private static long[] natGatewaysInBusiestAz(Ec2Client ec2, Onboarding o, ProvisioningPlan plan) {
        var live = ec2.describeNatGateways(r -> r.filter(Filter.builder().name("state").values("pending", "available")
                .build())).natGateways();
        var subnetIds = live.stream().map(NatGateway::subnetId).distinct().toList();
        Map<String, String> azOfSubnet = subnetIds.isEmpty() ? Map.of() : ec2.describeSubnets(r -> r.subnetIds(subnetIds))
                .subnets().stream().collect(Collectors.toMap(Subnet::subnetId, Subnet::availabilityZoneId));
        // Tags read from the result: moto ignores tag filters on DescribeNatGateways.
        Map<Boolean, Map<String, Long>> perAz = live.stream().collect(Collectors.partitioningBy(
                n -> n.tags().stream().anyMatch(t -> t.key().equals(ResourceNames.ONBOARDING_TAG)
                        && t.value().equals(o.id().toString())),
                Collectors.groupingBy(n -> azOfSubnet.getOrDefault(n.subnetId(), ""), Collectors.counting())));
        long[] busiest = {0, 0};
        plan.network().ifPresent(network -> network.natGateways().stream()
                .collect(Collectors.groupingBy(n -> n.zone().azId(), Collectors.counting())).forEach((az, planned) -> {
                    long others = perAz.get(false).getOrDefault(az, 0L);
                    long need = Math.max(0, planned - perAz.get(true).getOrDefault(az, 0L));
                    if (others + need > busiest[0] + busiest[1]) {
                        busiest[0] = others;
                        busiest[1] = need;
                    }
                }));
        return busiest;
    }

    private CheckResult cidrOverlap(CustomerAccount account, Onboarding o) {
        String check = "vpc-cidr-no-overlap";
        String cidr = o.inputs().network().vpcCidr();
        var connectivity = o.inputs().connectivity();
        List<VpcPeer> peers = connectivity.peeringEnabled() ? connectivity.peers() : List.of();
        var overlapping = new ArrayList<String>();
        var unseen = new ArrayList<String>();
        for (VpcPeer peer : peers) {
            if (!peer.cidr().isBlank() && NetworkPlan.overlap(cidr, peer.cidr())) {
                overlapping.add(peer.vpcId() + " " + peer.cidr());
            }
            boolean sameAccount = peer.accountId().isBlank() || peer.accountId().equals(o.inputs().account().accountId());
            if (sameAccount && !peer.vpcId().isBlank()) {
                findVpc(account.ec2(), peer.vpcId()).ifPresentOrElse(vpc -> vpc.cidrBlockAssociationSet().forEach(a -> {
                    if (NetworkPlan.overlap(cidr, a.cidrBlock())) {
                        overlapping.add(peer.vpcId() + " " + a.cidrBlock());
                    }
                }), () -> unseen.add(peer.vpcId()));
            }
        }
        if (!overlapping.isEmpty()) {
            return CheckResult.fail(check, Message.of("provisioning.check.vpc-cidr-no-overlap.fail", cidr,
                    String.join(", ", overlapping.stream().distinct().toList())),
                    Message.of("provisioning.check.vpc-cidr-no-overlap.fix"));
        }
        if (!unseen.isEmpty()) {
            return CheckResult.warn(check, Message.of("provisioning.check.vpc-cidr-no-overlap.unseen", cidr,
                    String.join(", ", unseen)), Message.of("provisioning.check.vpc-cidr-no-overlap.unseen.fix"));
        }
        return CheckResult.pass(check, Message.of("provisioning.check.vpc-cidr-no-overlap.pass", cidr, peers.size()));
    }

    /** The guide's requirements on a customer-managed VPC, judged in the account by the wizard's own rules. */
    List<CheckResult> existingNetwork(CustomerAccount account, Onboarding o) {
        return existingNetwork.run(account, o).checks();
    }

    static Optional<Vpc> findVpc(Ec2Client ec2, String vpcId) {
        try {
            return ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().stream().findFirst();
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() != null && "InvalidVpcID.NotFound".equals(e.awsErrorDetails().errorCode())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A check whose AWS call fails outright reports the failure as its result instead of ending the doctor. */
    private static CheckResult guarded(String check, CustomerRole role, java.util.function.Supplier<CheckResult> body) {
        try {
            return body.get();
        } catch (SdkException e) {
            var problem = AwsProblem.of(e, role.roleArn());
            if (problem.retryable()) {
                throw e;
            }
            return CheckResult.fail(check, new Message(problem.messageKey(), problem.args()),
                    new Message(problem.fixKey(), problem.args()));
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the role to propagate", e);
        }
    }
}
