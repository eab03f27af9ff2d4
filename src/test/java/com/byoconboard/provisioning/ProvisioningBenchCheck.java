package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProxy;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacProperties;
import com.byoconboard.iac.TerraformOfPlan;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.testing.BenchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmarks of a vendor-managed-VPC run on the emulator (not in the default suite: its name ends in neither Test
 * nor IT; {@code bench/provisioning} runs it, {@link ProvisioningBenchSmokeIT} runs it tiny in every build):
 * <ol>
 * <li>against {@code terraform apply} of the same resources ({@link TerraformOfPlan}), interleaved rounds, each on
 * an emptied emulator: medians, ratio, AWS calls counted by the proxies;</li>
 * <li>with a fixed latency on every call: wall time next to the critical path of dependent calls computed from the
 * step declarations ({@link CallBudget}), calls next to the plan's fewest;</li>
 * <li>with AWS-like waits (the proxy keeps NAT gateways, the cluster and the node group pending for AWS's usual
 * times scaled down): time to READY next to the longest chain of those waits.</li>
 * </ol>
 * The app runs with its production retry and waiter settings, not the test profile's short ones.
 */
@SpringBootTest
@ActiveProfiles({"test", "moto"})
@ExtendWith(MotoBacked.Session.class)
@TestPropertySource(properties = {"byoc.aws.retry.max-attempts=8", "byoc.aws.retry.base-delay=200ms",
        "byoc.aws.retry.max-backoff=20s", "byoc.aws.api-call-timeout=2m", "byoc.provisioning.step-attempts=8",
        "byoc.provisioning.waiter-poll=15s", "byoc.provisioning.waiter-timeout=30m",
        "byoc.provisioning.role-propagation-wait=0s"})
class ProvisioningBenchCheck {

    /** AWS's usual times to ready, as the resource kinds declare them (the run's waiters look by the same times). */
    static final AwsProxy.Pending AWS_TIMES = new AwsProxy.Pending(ResourceType.NAT_GATEWAY.creation().typicalWait(),
            ResourceType.EKS_CLUSTER.creation().typicalWait(), ResourceType.EKS_NODEGROUP.creation().typicalWait());

    private static AwsProxy eks;

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    IacProperties iacProperties;
    @Autowired
    ProvisioningService provisioning;

    final AwsProxy proxy = MotoFixture.fresh();

    /**
     * How big a benchmark is; the smoke test makes everything tiny. A {@code smoke} runs each benchmark's code path
     * once, for figures nobody reads: Terraform plans the whole configuration against the emulator instead of
     * applying it (an apply is some 50 s of the provider's own fixed waits), and the AWS-like run has no warm-up.
     */
    record Sizes(int rounds, long latencyMillis, int timeScale, boolean record, boolean smoke) {
        static Sizes fromSystemProperties() {
            return new Sizes(Integer.getInteger("bench.rounds", 3), Long.getLong("bench.latency-ms", 100),
                    Integer.getInteger("bench.time-scale", 40), Boolean.getBoolean("bench.record"), false);
        }
    }

    Sizes sizes() {
        return Sizes.fromSystemProperties();
    }

    /** EKS has a moto of its own (moto refuses EKS under IAM enforcement): a second counting proxy in front of it. */
    private static synchronized AwsProxy eksProxy() {
        if (eks == null) {
            eks = AwsProxy.to(MotoFixture.aws().eksEndpoint());
            Runtime.getRuntime().addShutdownHook(new Thread(eks::close));
        }
        return eks;
    }

    @DynamicPropertySource
    static void aws(DynamicPropertyRegistry registry) {
        MotoFixture.properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("byoc.aws.endpoints.eks", () -> eksProxy().endpoint().toString());
    }

    @Test
    void ourRunAgainstTerraformApplyOfTheSamePlan() {
        var sizes = sizes();
        var ours = new ArrayList<Long>();
        var theirs = new ArrayList<Long>();
        int ourCalls = 0;
        String ourTimeline = "";
        String ourBusy = "";
        int theirCalls = 0;
        long theirResources = 0;
        int planned = 0;
        for (int round = 0; round < sizes.rounds(); round++) {
            // Interleaved, each on an emptied emulator: the machine's load falls on both alike.
            var run = run(0, AwsProxy.Pending.NONE);
            ours.add(run.millis());
            ourCalls = run.calls();
            ourTimeline = run.timeline();
            ourBusy = run.busy();
            planned = run.plan().resources().size();

            MotoFixture.fresh();
            Onboarding onboarding = TestOnboardings.withRole(onboardings, TestOnboardings::newVpc,
                    o -> TestOnboardings.ROLE_ARN);
            var admin = (AwsSessionCredentials) MotoFixture.aws().administrator(TestOnboardings.ACCOUNT)
                    .resolveCredentials();
            var terraform = TerraformOfPlan.write(iacProperties, onboarding, provisioning.plan(onboarding).resources()
                    .stream().filter(r -> r.type() == ResourceType.HOSTED_ZONE).findFirst().orElseThrow().name(),
                    proxy.endpoint(), eksProxy().endpoint(), admin);
            resetProxies();
            long start = System.nanoTime();
            if (sizes.smoke()) {
                theirResources = terraform.plan();
            } else {
                terraform.apply();
            }
            theirs.add((System.nanoTime() - start) / 1_000_000);
            theirCalls = proxy.calls().size() + eksProxy().calls().size();
            if (!sizes.smoke()) {
                theirResources = terraform.resources();
            }
        }
        long ourMedian = median(ours);
        long theirMedian = median(theirs);
        double ratio = theirMedian / (double) ourMedian;
        var lines = List.of(
                "provisioning vs terraform apply (%d interleaved rounds, fresh emulator each, moto)".formatted(sizes.rounds()),
                "  ours (Submit->READY through the job engine): median %s  rounds %s  (%d planned resources)"
                        .formatted(seconds(ourMedian), ours, planned),
                "  terraform %s of the same plan:             median %s  rounds %s  (%d resources %s)"
                        .formatted(sizes.smoke() ? "plan " : "apply", seconds(theirMedian), theirs, theirResources,
                                sizes.smoke() ? "planned" : "in state"),
                "  ratio terraform/ours %.1fx   target >= 20x".formatted(ratio),
                "  AWS calls: ours %d, terraform %d".formatted(ourCalls, theirCalls),
                "  our last round: %s".formatted(ourBusy),
                "  our last round's step timeline (ms from start): %s".formatted(ourTimeline));
        report("Provisioning vs Terraform", lines, sizes);
        assertThat(ours).hasSize(sizes.rounds());
        assertThat(theirResources).as("resources Terraform creates for the plan").isPositive();
    }

    @Test
    void ourRunWithLatencyOnEveryCallNextToTheCriticalPathOfTheStepDeclarations() {
        var sizes = sizes();
        var walls = new ArrayList<Long>();
        Run last = null;
        for (int round = 0; round < sizes.rounds(); round++) {
            last = run(sizes.latencyMillis(), AwsProxy.Pending.NONE);
            walls.add(last.millis());
        }
        var budget = CallBudget.of(last.plan());
        long bound = budget.criticalPath().total() * sizes.latencyMillis();
        long wall = median(walls);
        var lines = List.of(
                "physical limit: %d ms added to every AWS call, %d rounds".formatted(sizes.latencyMillis(), sizes.rounds()),
                "  wall median %s  rounds %s".formatted(seconds(wall), walls),
                "  critical path %d dependent calls x %d ms = %s (%s)".formatted(budget.criticalPath().total(),
                        sizes.latencyMillis(), seconds(bound), budget.criticalPath().path()),
                "  wall / bound %.2f   target <= 1.25".formatted(wall / (double) bound),
                "  calls %d, plan's minimum %d: %.2f   target <= 1.10".formatted(last.calls(), budget.minimumCalls(),
                        last.calls() / (double) budget.minimumCalls()),
                "  calls by action: %s".formatted(last.byAction()),
                "  last round: %s".formatted(last.busy()),
                "  step timeline (ms from start): %s".formatted(last.timeline()));
        report("Physical limit (latency " + sizes.latencyMillis() + " ms)", lines, sizes);
        assertThat(budget.criticalPath().total()).isPositive();
    }

    @Test
    void ourRunWithAwsLikeWaitsNextToTheLongestChainOfWaits() {
        var sizes = sizes();
        var scaled = new AwsProxy.Pending(AWS_TIMES.natGateway().dividedBy(sizes.timeScale()),
                AWS_TIMES.cluster().dividedBy(sizes.timeScale()), AWS_TIMES.nodeGroup().dividedBy(sizes.timeScale()));
        // One round only, so first one unmeasured: a JVM's (and an emulator's) first run builds the SDK's clients and
        // loads their models, seconds on this machine, which would count against the waits (the other two benchmarks
        // show it in their first round). The smoke's figures are not read: no warm-up.
        if (!sizes.smoke()) {
            run(0, AwsProxy.Pending.NONE);
        }
        var run = run(0, scaled);
        var chain = CallBudget.longestWait(run.plan(), Map.of(ResourceType.NAT_GATEWAY, scaled.natGateway(),
                ResourceType.EKS_CLUSTER, scaled.cluster(), ResourceType.EKS_NODEGROUP, scaled.nodeGroup()));
        var lines = List.of(
                "AWS-like waits, AWS's times / %d: NAT gateway %s, EKS cluster %s, node group %s".formatted(
                        sizes.timeScale(), seconds(scaled.natGateway().toMillis()), seconds(scaled.cluster().toMillis()),
                        seconds(scaled.nodeGroup().toMillis())),
                "  time to READY %s; longest chain of waits %s (%s)".formatted(seconds(run.millis()),
                        seconds(chain.total()), chain.path()),
                "  READY / chain %.2f   target <= 1.05".formatted(run.millis() / (double) chain.total()),
                "  looks at pending resources: %s".formatted(run.byAction().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("Describe") || e.getKey().startsWith("GET"))
                        .toList()),
                // Here the time between calls is mostly the waiters' pauses between looks, not the app's own work.
                "  at least one AWS call out %s of %s".formatted(seconds(run.awsBusyMillis()), seconds(run.millis())),
                "  step timeline (ms from start): %s".formatted(run.timeline()));
        report("AWS-like timing (times / " + sizes.timeScale() + ")", lines, sizes);
        assertThat(run.millis()).isGreaterThanOrEqualTo(chain.total());
    }

    /**
     * One run measured from the start to READY, with its plan, the calls both proxies saw, and how long at least one
     * call was out (the rest of the wall time is the app's own, between calls).
     */
    record Run(long millis, int calls, Map<String, Long> byAction, ProvisioningPlan plan, String timeline,
               long awsBusyMillis) {

        String busy() {
            return "at least one AWS call out %s of %s; the app alone between calls %s".formatted(
                    seconds(awsBusyMillis), seconds(millis), seconds(millis - awsBusyMillis));
        }
    }

    private Run run(long latencyMillis, AwsProxy.Pending pending) {
        MotoFixture.fresh();
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        resetProxies();
        proxy.delayEveryCall(latencyMillis);
        eksProxy().delayEveryCall(latencyMillis);
        proxy.keepPending(pending);
        eksProxy().keepPending(pending);
        long start = System.nanoTime();
        Instant started = Instant.now();
        provisioning.start(onboarding.id());
        awaitReady(onboarding.id());
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Where the time went: each step's start and end (ms after start), in the order they started.
        String timeline = provisioning.progress(onboarding.id()).steps().stream()
                .filter(s -> s.startedAt() != null && s.finishedAt() != null)
                .sorted(java.util.Comparator.comparing(StepProgress::startedAt))
                .map(s -> "%s %d-%d".formatted(s.step().id(), Duration.between(started, s.startedAt()).toMillis(),
                        Duration.between(started, s.finishedAt()).toMillis()))
                .collect(java.util.stream.Collectors.joining(", "));
        var calls = new ArrayList<>(proxy.calls());
        calls.addAll(eksProxy().calls());
        var timed = new ArrayList<>(proxy.timeline());
        timed.addAll(eksProxy().timeline());
        timed.sort(java.util.Comparator.comparingLong(AwsProxy.Timed::startMillis));
        // The whole call timeline goes to the log (where the time went, call by call), not into results.md.
        System.out.println("call timeline (ms from start: start+took(emulator) action): " + timed.stream()
                .map(t -> "%d+%d(%d) %s".formatted(t.startMillis(), t.endMillis() - t.startMillis(), t.upstreamMillis(),
                        t.action()))
                .collect(java.util.stream.Collectors.joining(", ")));
        var byAction = new java.util.TreeMap<String, Long>();
        calls.forEach(c -> byAction.merge(c.action().replaceAll("/clusters/[^/]+", "/clusters/*")
                .replaceAll("/node-groups/[^/]+", "/node-groups/*"), 1L, Long::sum));
        resetProxies();
        return new Run(millis, calls.size(), byAction, provisioning.plan(onboarding), timeline, busy(timed));
    }

    /** How long at least one of the calls was out: the union of their intervals. */
    private static long busy(List<AwsProxy.Timed> sortedByStart) {
        long busy = 0;
        long from = -1;
        long to = -1;
        for (var t : sortedByStart) {
            if (t.startMillis() > to) {
                busy += to - from;
                from = t.startMillis();
                to = t.endMillis();
            } else {
                to = Math.max(to, t.endMillis());
            }
        }
        return busy + (to - from);
    }

    private void resetProxies() {
        proxy.reset();
        eksProxy().reset();
    }

    private void awaitReady(OnboardingId id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (onboardings.getForVendor(id).state() != OnboardingState.READY) {
            var run = provisioning.progress(id);
            assertThat(run.state()).as("run of %s: %s", id, run.log()).isNotIn(RunState.FAILED, RunState.CANCELLED);
            assertThat(Instant.now()).as("run of %s reaches READY", id).isBefore(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void report(String title, List<String> lines, Sizes sizes) {
        System.out.println();
        lines.forEach(System.out::println);
        if (sizes.record()) {
            BenchResults.append(title, lines);
        }
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(long millis) {
        return "%.2f s".formatted(millis / 1000.0);
    }
}
