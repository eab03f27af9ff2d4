package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole provisioning runs against moto, through a proxy that records requests and injects AWS faults. */
@SpringBootTest
@MotoBacked
class ProvisioningRunIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void aRunForANewVpcCreatesExactlyThePlannedResourcesReachesReadyAndATearDownLeavesNothingTagged() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        var plan = provisioning.plan(onboarding);

        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);

        var progress = provisioning.progress(onboarding.id());
        assertThat(progress.steps()).allSatisfy(s -> assertThat(s.state()).isIn(StepState.DONE, StepState.SKIPPED));
        assertThat(progress.resources()).extracting(RecordedResource::logicalName)
                .containsExactlyInAnyOrderElementsOf(plan.resources().stream().map(PlannedResource::logicalName).toList());
        assertThat(counts(tagged(onboarding))).isEqualTo(plannedCounts(plan));

        provisioning.tearDown(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.TORN_DOWN);
        assertThat(tagged(onboarding)).isEmpty();
        assertThat(provisioning.progress(onboarding.id()).resources()).allSatisfy(r -> assertThat(r.deletedAt()).isNotNull());
    }

    @Test
    void everyAssumeRoleCarriesTheOnboardingsExternalIdAndASessionNameNamingIt() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);

        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);

        List<AwsProxy.Call> assumeRoles = proxy.calls("AssumeRole").stream()
                .filter(c -> c.params().get("RoleArn").equals(TestOnboardings.ROLE_ARN)).toList();
        // The run's one session: pre-flight's check that the role can be assumed is its AssumeRole, then every step's.
        assertThat(assumeRoles).hasSize(1);
        assertThat(assumeRoles).allSatisfy(call -> {
            assertThat(call.params()).containsEntry("ExternalId", onboarding.externalId());
            assertThat(call.params().get("RoleSessionName")).contains(onboarding.id().toString());
        });
    }

    @Test
    void throttlingIsRetriedWithBackoffAndTheRunCompletes() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        proxy.fail("CreateSubnet", 3, 503, "RequestLimitExceeded", "Request limit exceeded.");
        proxy.fail("CreateVpc", 2, 503, "RequestLimitExceeded", "Request limit exceeded.");

        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);

        assertThat(proxy.calls("CreateVpc")).hasSize(3);
        assertThat(counts(tagged(onboarding))).isEqualTo(plannedCounts(provisioning.plan(onboarding)));
    }

    @Test
    void preflightSurvivesAssumeRoleThrottlingBeyondTheSdksOwnRetries() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        // More throttles in a row than the SDK retries (5 in the moto profile): the pre-flight step itself is retried.
        proxy.fail("AssumeRole", 7, 400, "Throttling", "Rate exceeded");

        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);

        var preflight = provisioning.progress(onboarding.id()).steps().stream()
                .filter(s -> s.step() == StepKind.PREFLIGHT).findFirst().orElseThrow();
        assertThat(preflight.state()).isEqualTo(StepState.DONE);
        assertThat(preflight.attempts()).isGreaterThan(1);
        assertThat(provisioning.progress(onboarding.id()).log()).noneSatisfy(line ->
                assertThat(line.message().args()).contains("role-assumable", "FAIL"));
    }

    @Test
    void aCancelledRunStartsNoFurtherStepsAndRetryFinishesIt() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        // Slow AWS down, so that the run is still going when it is cancelled.
        proxy.delayEveryCall(150);

        provisioning.start(onboarding.id());
        provisioning.cancel(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.FAILED);
        proxy.reset();

        var cancelled = provisioning.progress(onboarding.id());
        assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
        assertThat(cancelled.steps()).anySatisfy(s -> assertThat(s.state()).isNotIn(StepState.DONE, StepState.SKIPPED));

        awaitNoStepRunning(onboarding.id());
        provisioning.retry(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);
        assertThat(counts(tagged(onboarding))).isEqualTo(plannedCounts(provisioning.plan(onboarding)));
    }

    @Test
    void aPermanentErrorFailsTheStepWithAwsTextAndRetryCompletesOnceTheCauseIsFixed() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        proxy.fail("CreateInternetGateway", 1000, 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation (SCP deny).");

        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.FAILED);

        var failed = provisioning.progress(onboarding.id()).steps().stream()
                .filter(s -> s.state() == StepState.FAILED).toList();
        assertThat(failed).extracting(StepProgress::step).containsExactly(StepKind.INTERNET_GATEWAY);
        assertThat(failed.getFirst().error().key()).isEqualTo("aws.error.denied.action");
        assertThat(failed.getFirst().error().args()).contains("UnauthorizedOperation",
                "You are not authorized to perform this operation (SCP deny).");

        proxy.reset();
        awaitNoStepRunning(onboarding.id());
        provisioning.retry(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);
        assertThat(counts(tagged(onboarding))).isEqualTo(plannedCounts(provisioning.plan(onboarding)));
    }

    @Test
    void aSecondRunOfAReadyOnboardingCreatesNothingNew() {
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);
        var before = tagged(onboarding);
        proxy.reset();

        provisioning.rerun(onboarding.id());
        awaitRun(onboarding.id(), RunState.SUCCEEDED);

        assertThat(tagged(onboarding)).isEqualTo(before);
        assertThat(proxy.calls("CreateVpc")).isEmpty();
        assertThat(proxy.calls("CreateSubnet")).isEmpty();
        assertThat(proxy.calls("CreateNatGateway")).isEmpty();
    }

    Map<ResourceType, List<String>> tagged(Onboarding onboarding) {
        return tagged(aws, onboarding);
    }

    /**
     * What carries the onboarding's tag in its account, looked up by the customer's administrator: the bootstrap
     * role may not list the account's buckets and roles, and need not.
     */
    static Map<ResourceType, List<String>> tagged(AwsClients aws, Onboarding onboarding) {
        try (CustomerAccount account = MotoFixture.administrator(aws, onboarding.inputs().account().accountId())) {
            return TagInventory.of(account, onboarding.id());
        }
    }

    /** How many of each kind the plan creates that carry our tag (associations and host names carry none). */
    static Map<ResourceType, Integer> plannedCounts(ProvisioningPlan plan) {
        return plan.resources().stream().filter(r -> r.tags().containsKey(ResourceNames.ONBOARDING_TAG))
                .collect(Collectors.groupingBy(PlannedResource::type, () -> new EnumMap<>(ResourceType.class),
                        Collectors.collectingAndThen(Collectors.counting(), Long::intValue)));
    }

    static Map<ResourceType, Integer> counts(Map<ResourceType, List<String>> tagged) {
        var counts = new EnumMap<ResourceType, Integer>(ResourceType.class);
        tagged.forEach((type, ids) -> counts.put(type, ids.size()));
        return counts;
    }

    /** Steps under way when a run stops still finish; Retry refuses to start them beside themselves. */
    void awaitNoStepRunning(OnboardingId id) {
        await(() -> provisioning.progress(id).steps().stream().noneMatch(s -> s.state() == StepState.RUNNING), id,
                "no step running");
    }

    void awaitState(OnboardingId id, OnboardingState state) {
        await(() -> onboardings.getForVendor(id).state() == state, id, "onboarding state " + state);
    }

    void awaitRun(OnboardingId id, RunState state) {
        await(() -> provisioning.progress(id).state() == state, id, "run state " + state);
    }

    private void await(java.util.function.BooleanSupplier condition, OnboardingId id, String what) {
        await(provisioning, condition, id, what);
    }

    /** Waits up to a minute for {@code condition}; on time-out fails with the run's steps and log. */
    static void await(ProvisioningService provisioning, java.util.function.BooleanSupplier condition, OnboardingId id,
                      String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                var p = provisioning.progress(id);
                throw new AssertionError("Timed out waiting for " + what + "; run " + p.state() + ", steps "
                        + p.steps() + ", log " + p.log().stream().map(l -> l.message().key() + l.message().args()).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
