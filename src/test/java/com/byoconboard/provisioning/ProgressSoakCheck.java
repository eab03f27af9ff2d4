package com.byoconboard.provisioning;

import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

/**
 * The progress-page soak at full size (not in the default suite: its name ends in neither Test nor IT; run it with
 * {@code bench/progress-soak}): 10 warm-up visits, then 50 pages; the heap after GC must be back within 10% of
 * its baseline.
 */
@MotoBacked
// Slow AWS (a minute a call: at 20 s the faster engine's run had ended before the 60th visit) must not fail the
// run: it has to stay under way for the whole check. Vaadin's
// development-mode ComponentTracker (off in production) keeps a stack trace per component in weak maps, which let go
// of collected components only when next touched: it would count garbage as growth.
@TestPropertySource(properties = {"byoc.aws.api-call-timeout=2m", "byoc.provisioning.waiter-timeout=30m",
        "byoc.provisioning.step-attempts=1000", "vaadin.devmode.componentTracker.enabled=false"})
class ProgressSoakCheck extends ProgressSoak {

    @Override
    Sizes sizes() {
        return new Sizes(50, 10, Duration.ofMillis(1_500), 5, true, Duration.ofSeconds(60));
    }
}
