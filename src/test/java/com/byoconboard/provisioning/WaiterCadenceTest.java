package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryPolicyContext;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How often a run looks at what AWS builds in the background: soon at first, then by the resource's typical time. */
class WaiterCadenceTest {

    private final ProvisioningProperties production = new ProvisioningProperties(false, null, null, 0,
            Duration.ofSeconds(15), Duration.ofMinutes(30), null, null, null, null, null, null, null);

    @Test
    void everyResourceThatAwsBuildsInTheBackgroundDeclaresHowLongThatTypicallyTakes() {
        for (ResourceType type : ResourceType.values()) {
            assertThat(type.creation().typicalWait().isPositive()).as(type.name()).isEqualTo(type.creation().waits());
        }
    }

    @Test
    void aResourceIsSeenReadyWithin2PercentOfItsTypicalTimeAndTheFirstLookComesAtOnce() {
        for (ResourceType type : List.of(ResourceType.NAT_GATEWAY, ResourceType.EKS_CLUSTER, ResourceType.EKS_NODEGROUP)) {
            Duration typical = type.creation().typicalWait();
            var pauses = pauses(StepContext.waiter(production, typical));
            assertThat(pauses.getFirst()).as(type.name()).isEqualTo(Duration.ofMillis(200));
            // Ready at the typical time (or at a quarter, or twice it): seen at the next look, at most 2% of it later.
            for (double share : new double[] {0.25, 1, 2}) {
                long readyAt = (long) (typical.toMillis() * share);
                long seenAt = firstLookAtOrAfter(pauses, readyAt);
                assertThat(seenAt - readyAt).as("%s ready after %d ms", type, readyAt)
                        .isLessThanOrEqualTo(typical.toMillis() / 50);
            }
        }
        // A NAT gateway of 2 minutes is looked at every 2.4 s at the most, not every 15 s (the cap without a typical time).
        assertThat(pauses(StepContext.waiter(production, Duration.ofMinutes(2))))
                .allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(Duration.ofMillis(2400)));
        assertThat(pauses(StepContext.waiter(production))).contains(Duration.ofSeconds(15));
    }

    @Test
    void theLooksStillCoverTheWholeTimeout() {
        for (Duration typical : List.of(Duration.ZERO, Duration.ofMinutes(2), Duration.ofMinutes(10))) {
            long total = pauses(StepContext.waiter(production, typical)).stream().mapToLong(Duration::toMillis).sum();
            assertThat(total).as("typical %s", typical).isGreaterThanOrEqualTo(Duration.ofMinutes(30).toMillis() - 15_000);
        }
    }

    /** The pauses between the looks the waiter makes until it gives up. */
    private static List<Duration> pauses(java.util.function.Consumer<WaiterOverrideConfiguration.Builder> settings) {
        var builder = WaiterOverrideConfiguration.builder();
        settings.accept(builder);
        var config = builder.build();
        var backoff = config.backoffStrategy().orElseThrow();
        var pauses = new ArrayList<Duration>();
        for (int retries = 0; retries < config.maxAttempts().orElseThrow() - 1; retries++) {
            pauses.add(backoff.computeDelayBeforeNextRetry(RetryPolicyContext.builder().retriesAttempted(retries).build()));
        }
        return pauses;
    }

    private static long firstLookAtOrAfter(List<Duration> pauses, long millis) {
        long at = 0;
        for (Duration pause : pauses) {
            if (at >= millis) {
                return at;
            }
            at += pause.toMillis();
        }
        return at;
    }
}
