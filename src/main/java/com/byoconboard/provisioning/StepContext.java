package com.byoconboard.provisioning;

import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import software.amazon.awssdk.core.retry.backoff.BackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a step works with: the onboarding, its plan, clients in the customer's account, and the journal. Its
 * {@link #ensure} is the idempotency rule every step follows: the journal first, then a look-up by tag or
 * name in AWS (something created just before a crash), and only then a create, recorded at once.
 */
final class StepContext {

    final Onboarding onboarding;
    final ProvisioningPlan plan;
    final CustomerAccount aws;
    final StepKind step;
    final int generation;
    final ResourceNames names;
    final ProvisioningProperties properties;
    private final Journal journal;
    private final Clock clock;
    /** The run's first generation, the step's first attempt: nothing of this step can exist in AWS yet. */
    private final boolean firstTry;

    StepContext(Onboarding onboarding, ProvisioningPlan plan, CustomerAccount aws, StepKind step, int generation,
                int attempt, ProvisioningProperties properties, Journal journal, Clock clock) {
        this.onboarding = onboarding;
        this.plan = plan;
        this.aws = aws;
        this.step = step;
        this.generation = generation;
        this.names = Blueprint.of(onboarding).names();
        this.properties = properties;
        this.journal = journal;
        this.clock = clock;
        this.firstTry = generation == 1 && attempt == 1;
    }

    OnboardingId id() {
        return onboarding.id();
    }

    /** The new VPC's plan; only the new-VPC steps ask, and they apply only when there is one. */
    NetworkPlan network() {
        return plan.network().orElseThrow(() -> new IllegalStateException("No network plan for " + id()));
    }

    String region() {
        return onboarding.inputs().region();
    }

    PlannedResource planned(String logicalName) {
        return plan.resources().stream().filter(r -> r.logicalName().equals(logicalName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Not in the plan: " + logicalName));
    }

    String ensure(String logicalName, Supplier<Optional<String>> lookup, Function<PlannedResource, String> create) {
        return ensure(logicalName, null, lookup, create);
    }

    /** Returns the resource's ID: from the journal, else found in AWS (and recorded), else created (and recorded). */
    String ensure(String logicalName, String parentId, Supplier<Optional<String>> lookup,
                  Function<PlannedResource, String> create) {
        var recorded = journal.resource(id(), logicalName);
        if (recorded.isPresent()) {
            return recorded.get().resourceId();
        }
        var planned = planned(logicalName);
        // The resources are tagged with this onboarding: before the step's first try none can be there to find.
        var found = firstTry ? Optional.<String>empty() : lookup.get();
        String resourceId = found.orElseGet(() -> create.apply(planned));
        journal.record(id(), step, logicalName, planned.type(), resourceId, parentId, clock.instant());
        log(Message.of(found.isPresent() ? "provisioning.log.adopted" : "provisioning.log.created",
                planned.type().name(), resourceId, logicalName));
        return resourceId;
    }

    /** The recorded ID of a resource an earlier step created. */
    String idOf(String logicalName) {
        return journal.resource(id(), logicalName).map(RecordedResource::resourceId)
                .orElseThrow(() -> new IllegalStateException("The journal has no " + logicalName + " yet"));
    }

    /** Every resource the journal holds for this onboarding and has not deleted, oldest first. */
    List<RecordedResource> recorded() {
        return journal.resources(id()).stream().filter(r -> r.deletedAt() == null).toList();
    }

    /** Deletes a recorded resource in AWS (gone already counts as deleted) and marks it deleted in the journal. */
    void delete(RecordedResource resource) {
        Teardown.delete(aws, resource, waiter());
        journal.markDeleted(id(), resource.logicalName(), clock.instant());
        log(Message.of("provisioning.log.deleted", resource.type().name(), resource.resourceId()));
    }

    /** Drops a resource that ended in AWS by itself (a rejected peering) from the journal: nothing left to delete. */
    void forget(RecordedResource resource) {
        journal.markDeleted(id(), resource.logicalName(), clock.instant());
        log(Message.of("provisioning.log.forgotten", resource.type().name(), resource.resourceId()));
    }

    /** Makes a finished step run again on the next retry (its resources must be made anew). */
    void redo(StepKind done) {
        journal.moveStep(id(), done, java.util.EnumSet.of(StepState.DONE), StepState.WAITING, clock.instant());
    }

    /** The BYOC VPC: the one we built, or the customer's existing one. */
    String byocVpcId() {
        return onboarding.inputs().network().mode() == VpcMode.NEW_VPC ? idOf(NetworkPlan.VPC)
                : onboarding.inputs().network().existingVpcId();
    }

    void log(Message message) {
        journal.log(id(), LogEntry.Level.INFO, step, message, clock.instant());
    }

    /**
     * Writes every failed check to the run log, what it saw and how to fix it (each finding of a rule with its
     * command), and returns the failure that stops the step: a customer fixes everything in one go.
     */
    StepFailure failedChecks(List<CheckResult> failed) {
        for (CheckResult check : failed) {
            if (check.findings().isEmpty()) {
                error(check.evidence());
                if (check.fix() != null) {
                    error(check.fix());
                }
            }
            check.findings().stream().filter(Finding::isError).forEach(f -> {
                error(Message.of(f.messageKey(), f.args().toArray()));
                f.fix().ifPresent(fix -> error(Message.of("provisioning.log.findingFix", fix.text())));
            });
        }
        return StepFailure.of(failed);
    }

    private void error(Message message) {
        journal.log(id(), LogEntry.Level.ERROR, step, message, clock.instant());
    }

    /** Idempotency token for create calls that take one: the same for every attempt of this run generation. */
    String clientToken(String logicalName) {
        return UUID.nameUUIDFromBytes((id() + "/" + logicalName + "/" + generation).getBytes()).toString();
    }

    Consumer<WaiterOverrideConfiguration.Builder> waiter() {
        return waiter(properties);
    }

    /** Waiter settings for a resource of {@code kind}, looked at as often as its typical time to ready calls for. */
    Consumer<WaiterOverrideConfiguration.Builder> waiterFor(ResourceType kind) {
        return waiter(properties, kind.creation().typicalWait());
    }

    static Consumer<WaiterOverrideConfiguration.Builder> waiter(ProvisioningProperties properties) {
        return waiter(properties, Duration.ZERO);
    }

    /**
     * SDK waiter settings: the pauses between looks grow by {@link #WAIT_GROWTH} from {@link #FIRST_LOOK} (an emulator,
     * or AWS on a quick day, is seen ready at once), up to {@code waiterPoll} and, where the resource's typical time
     * to ready is known, up to {@link #LOOKS_PER_TYPICAL_WAIT}th of it, until {@code waiterTimeout}. Each pause is
     * then about 2% of the time waited so far (plus the first 200 ms) and never more than 2% of the typical time, so a
     * resource is seen ready at most that late, however long it took: a NAT gateway (2 min) within 2.4 s, a cluster
     * (10 min) within 12 s, where a fixed 15 s poll overshoots the NAT gateway by up to 12%. Growing by 4% made the
     * look after a cluster of 15 s (a quick day, or an emulator) come up to 0.8 s late; 2% costs 208 looks over a
     * 10-minute cluster instead of 130, one every 2.9 s on average.
     */
    static Consumer<WaiterOverrideConfiguration.Builder> waiter(ProvisioningProperties properties, Duration typical) {
        long cap = Math.max(1, properties.waiterPoll().toMillis());
        if (typical.isPositive()) {
            cap = Math.max(1, Math.min(cap, typical.toMillis() / LOOKS_PER_TYPICAL_WAIT));
        }
        long first = Math.min(FIRST_LOOK.toMillis(), cap);
        long pauseCap = cap;
        // Pauses until the cap, then fixed ones for the rest of the timeout.
        int growing = (int) Math.ceil(Math.log((double) cap / first) / Math.log(WAIT_GROWTH));
        long grown = (long) (first * (Math.pow(WAIT_GROWTH, growing) - 1) / (WAIT_GROWTH - 1));
        long fixed = Math.max(0, properties.waiterTimeout().toMillis() - grown) / cap;
        int attempts = (int) Math.max(2, growing + fixed + 1);
        BackoffStrategy growingPauses = context -> Duration.ofMillis(Math.min(pauseCap,
                (long) (first * Math.pow(WAIT_GROWTH, context.retriesAttempted()))));
        return b -> b.maxAttempts(attempts).backoffStrategy(growingPauses);
    }

    private static final long LOOKS_PER_TYPICAL_WAIT = 50;
    private static final Duration FIRST_LOOK = Duration.ofMillis(200);
    private static final double WAIT_GROWTH = 1.02;

    /**
     * Does {@code work} for every item at once (independent calls, such as one subnet per zone), each on a virtual
     * thread; waits for all, then rethrows the first failure as it was thrown.
     */
    static <T> void inParallel(Collection<T> items, Consumer<T> work) {
        if (items.size() <= 1) {
            items.forEach(work);
            return;
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = items.stream().map(item -> executor.submit(() -> work.accept(item))).toList();
            RuntimeException failure = null;
            for (var future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for parallel calls", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** EC2 filters that find exactly the planned resource {@code logicalName} of this onboarding. */
    List<Filter> tagFilters(String logicalName) {
        return List.of(Filter.builder().name("tag:" + ResourceNames.ONBOARDING_TAG).values(id().toString()).build(),
                Filter.builder().name("tag:" + ResourceNames.RESOURCE_TAG).values(logicalName).build());
    }

    /** Whether EC2 tags mark a resource as the planned resource {@code logicalName} of this onboarding. */
    boolean isTagged(List<Tag> tags, String logicalName) {
        return tags.stream().anyMatch(t -> t.key().equals(ResourceNames.ONBOARDING_TAG) && t.value().equals(id().toString()))
                && tags.stream().anyMatch(t -> t.key().equals(ResourceNames.RESOURCE_TAG) && t.value().equals(logicalName));
    }

    TagSpecification tagSpec(software.amazon.awssdk.services.ec2.model.ResourceType type, PlannedResource planned) {
        return TagSpecification.builder().resourceType(type).tags(ec2Tags(planned)).build();
    }

    static List<Tag> ec2Tags(PlannedResource planned) {
        return planned.tags().entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
    }
}
