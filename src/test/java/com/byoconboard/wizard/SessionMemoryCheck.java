package com.byoconboard.wizard;

import com.byoconboard.testing.BenchResults;
import com.byoconboard.testing.HeapHistogram;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heap per idle wizard session (not in the default suite: its name ends in neither Test nor IT; {@code
 * bench/session-memory} runs it against the packaged app, {@link SessionMemoryBenchSmokeIT} runs it tiny in every
 * build): signed-in sessions opened on the Network step of a draft and left open, 1, 100 and 1000 of them (added up);
 * the app's live heap after a full collection ({@code jcmd GC.class_histogram}) against its baseline, taken after a
 * few warm-up sessions; per session = growth / sessions. Target: < 0.5 MB per idle session at 1000.
 */
class SessionMemoryCheck {

    private static final double TARGET_MB = 0.5;

    /** How big the benchmark is; the smoke test makes it tiny. */
    record Sizes(List<Integer> sessions, int drafts, int warmUp, int readings, boolean record) {
        static Sizes fromSystemProperties() {
            return new Sizes(Arrays.stream(System.getProperty("bench.sessions", "1,100,1000").split(","))
                    .map(String::trim).map(Integer::valueOf).toList(), Integer.getInteger("bench.drafts", 10),
                    Integer.getInteger("bench.warm-up", 10), 3, Boolean.getBoolean("bench.record"));
        }
    }

    Sizes sizes() {
        return Sizes.fromSystemProperties();
    }

    WizardSessions.Target target() {
        return WizardSessions.fromSystemProperties();
    }

    @Test
    void idleWizardSessionsCostLessThanHalfAMegabyteEach() throws InterruptedException {
        var sizes = sizes();
        var target = target();
        var app = new WizardSessions(target.base());
        // Sessions share a few drafts: an idle session only reads its draft, and a start page listing 1000 drafts
        // would make the set-up, not the sessions, the subject.
        var drafts = app.createDrafts(sizes.drafts());
        // Warm-up sessions stay open: caches that fill on first use (Vaadin's, Spring's, the JIT's) are in the baseline.
        List<WizardSessions.Session> open = new ArrayList<>(app.open(drafts, sizes.warmUp(), 4));
        var baseline = HeapHistogram.of(target.pid(), sizes.readings());
        List<String> lines = new ArrayList<>();
        lines.add("heap per idle wizard session (signed in, open on a draft's Network step; live heap after full GC)");
        lines.add("  baseline %.1f MB (after %d warm-up sessions)".formatted(mb(baseline.totalBytes()), sizes.warmUp()));
        int opened = 0;
        double lastPerSession = 0;
        HeapHistogram last = baseline;
        for (int count : sizes.sessions()) {
            open.addAll(app.open(drafts, count - opened, 4));
            opened = count;
            last = HeapHistogram.of(target.pid(), sizes.readings());
            lastPerSession = mb(last.totalBytes() - baseline.totalBytes()) / count;
            lines.add("  %5d sessions: heap %7.1f MB  growth %7.1f MB  per session %.3f MB   target < %.1f MB"
                    .formatted(count, mb(last.totalBytes()), mb(last.totalBytes() - baseline.totalBytes()), lastPerSession, TARGET_MB));
        }
        lines.add("  grew most at %d sessions: %s".formatted(opened, last.grownMost(baseline, 10)));
        System.out.println();
        lines.forEach(System.out::println);
        if (sizes.record()) {
            BenchResults.append("Heap per idle wizard session (bench/session-memory)", lines);
        }
        // Still open: the sessions measured were alive, not expired.
        assertThat(open).hasSize(sizes.warmUp() + opened);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
