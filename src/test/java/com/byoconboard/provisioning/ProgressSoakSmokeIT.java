package com.byoconboard.provisioning;

import java.time.Duration;

/**
 * The progress-page soak at the smallest size, in every build, so that it cannot rot: one warm-up visit, then one
 * page of the running run and one of the stuck tear down; figures printed, growth not held to the target (two
 * pages are noise), but every view must stop being fed once its tab is closed. On the shared provisioning test
 * context: calls of 5 s (under its 20 s call timeout) keep the run under way, and its retries keep the tear down
 * stuck for the minute this takes.
 */
@MotoBacked
class ProgressSoakSmokeIT extends ProgressSoak {

    @Override
    Sizes sizes() {
        return new Sizes(2, 1, Duration.ofMillis(300), 1, false, Duration.ofSeconds(5));
    }
}
