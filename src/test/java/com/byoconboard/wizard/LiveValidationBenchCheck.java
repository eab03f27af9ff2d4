package com.byoconboard.wizard;

import com.byoconboard.testing.BenchResults;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live validation under load (not in the default suite: its name ends in neither Test nor IT; {@code
 * bench/live-validation} runs it against the packaged app, {@link LiveValidationBenchSmokeIT} runs it tiny in every
 * build): 50, 100 and 200 signed-in sessions, each on the Network step of its own draft, leave the VPC CIDR field
 * after typing, alternately a CIDR that is too small and a good one, every few seconds (a person's pace). Each change
 * is timed from the request to the server's answer, and the answer must carry the validation result (the field
 * marked invalid with the NET-002 message, or valid again): an answer without it counts as an error. Figures: p50,
 * p95, p99, errors, next to the targets (p99 < 50 ms at 200 sessions; feedback within 100 ms of leaving a field).
 */
class LiveValidationBenchCheck {

    /** How big the benchmark is; the smoke test makes it tiny. */
    record Sizes(List<Integer> sessions, int changes, long thinkMillis, boolean record) {
        static Sizes fromSystemProperties() {
            return new Sizes(Arrays.stream(System.getProperty("bench.sessions", "50,100,200").split(","))
                    .map(String::trim).map(Integer::valueOf).toList(), Integer.getInteger("bench.changes", 20),
                    Long.getLong("bench.think-ms", 3000), Boolean.getBoolean("bench.record"));
        }
    }

    Sizes sizes() {
        return Sizes.fromSystemProperties();
    }

    WizardSessions.Target target() {
        return WizardSessions.fromSystemProperties();
    }

    @Test
    void fieldChangesOfConcurrentSessionsAreValidatedWithinTheTarget() throws InterruptedException {
        var sizes = sizes();
        var app = new WizardSessions(target().base());
        int most = Collections.max(sizes.sessions());
        var sessions = app.open(app.createDrafts(most), most, 4);
        List<String> lines = new ArrayList<>();
        lines.add("live validation under load: sessions leave the VPC CIDR field every %.1f s on average (uniform "
                .formatted(sizes.thinkMillis() / 1000.0) + "0-2x), %d changes each, alternately too small and good;"
                .formatted(sizes.changes()));
        lines.add("  server round trip from the change event to the answer carrying the field's validation result");
        int errors = 0;
        for (int count : sizes.sessions()) {
            // Warm-up at each size: the JIT and the pools settle, the figures are of the steady state.
            load(sessions.subList(0, count), 1, sizes.thinkMillis());
            var result = load(sessions.subList(0, count), sizes.changes(), sizes.thinkMillis());
            errors += result.errors();
            lines.add(result.line(count));
        }
        lines.add("  targets: p99 < 50 ms at 200 sessions; feedback within 100 ms of leaving a field (p99 <= 100 ms)");
        System.out.println();
        lines.forEach(System.out::println);
        if (sizes.record()) {
            BenchResults.append("Live validation under load (bench/live-validation)", lines);
        }
        assertThat(errors).as("changes whose answer lacked the validation result, or failed").isZero();
    }

    /** Every session makes {@code changes} changes, paced by a random think time around {@code thinkMillis}. */
    private static Result load(List<WizardSessions.Session> sessions, int changes, long thinkMillis)
            throws InterruptedException {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        var errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (var session : sessions) {
                threads.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < changes; i++) {
                        sleep(random.nextLong(2 * thinkMillis + 1));
                        // Alternately too small (NET-002) and good, each value new, so every answer must flip the field.
                        boolean bad = !session.client().property(session.cidrField(), "invalid").asBoolean(false);
                        String cidr = "10.%d.0.0/%d".formatted(random.nextInt(256), bad ? 24 : 16);
                        long t0 = System.nanoTime();
                        try {
                            var answer = session.client().leaveField(session.cidrField(), cidr);
                            nanos.add(System.nanoTime() - t0);
                            boolean judged = answer.sets(session.cidrField(), "invalid", bad) && (!bad
                                    || session.client().property(session.cidrField(), "errorMessage").asString("").contains("NET-002"));
                            if (!judged) {
                                errors.incrementAndGet();
                                firstErrors.add(cidr + ": answer without the validation result");
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            firstErrors.add(cidr + ": " + e.getMessage());
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var sorted = nanos.stream().sorted().toList();
        firstErrors.stream().limit(3).forEach(e -> System.out.println("  error: " + e));
        return new Result(sorted, errors.get(), sorted.size() / seconds);
    }

    private record Result(List<Long> sortedNanos, int errors, double perSecond) {
        String line(int sessions) {
            long within = sortedNanos.stream().filter(n -> n <= 100_000_000L).count();
            return "  %4d sessions: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms  within 100 ms %5.1f%%  changes %d (%.1f/s)  errors %d"
                    .formatted(sessions, ms(0.50), ms(0.95), ms(0.99), ms(1.0), 100.0 * within / Math.max(1, sortedNanos.size()),
                            sortedNanos.size(), perSecond, errors);
        }

        private double ms(double quantile) {
            if (sortedNanos.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
            return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
