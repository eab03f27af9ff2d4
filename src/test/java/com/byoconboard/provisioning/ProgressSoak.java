package com.byoconboard.provisioning;

import com.byoconboard.iac.IacGenerator;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.byoconboard.testing.HeapHistogram;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak of the progress pages, at the size a subclass gives: {@code ProgressSoakCheck} (not in the default suite:
 * its name ends in neither Test nor IT; {@code bench/progress-soak} runs it) and {@code ProgressSoakSmokeIT} (tiny, in
 * every build). After warm-up visits, pages opened and closed in one session, alternately of a running run and of a
 * tear down stuck on failing deletes. Once the tabs are closed, no view may still be fed, and the heap after GC is
 * compared with what it was before them. Before the fix the app died of this at -Xmx600m after about 25 visits.
 */
abstract class ProgressSoak extends BrowserTest {

    private static final double TOLERANCE = 0.10;

    /**
     * How big the soak is: pages visited after the warm-up visits, how long each stays open, how many full
     * collections the smallest heap reading is taken from, whether the growth is held to the target, and how long
     * every AWS call of the running run takes (it must stay under way for the whole soak).
     */
    record Sizes(int pages, int warmUp, Duration open, int gcReadings, boolean heldToTarget, Duration callDelay) {
    }

    abstract Sizes sizes();

    @Autowired
    OnboardingService onboardings;

    @Autowired
    ProvisioningService provisioning;

    @Autowired
    ProgressBroadcaster broadcaster;

    @Autowired
    IacGenerator iac;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void progressPagesOpenedAndClosedLeaveTheHeapWhereItWas() throws InterruptedException {
        var sizes = sizes();
        var tearingDown = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc).id();
        provisioning.start(tearingDown);
        awaitRun(tearingDown, RunState.SUCCEEDED);
        proxy.fail("DeleteNatGateway", 1_000_000, 503, "ServiceUnavailable", "soak: the NAT gateway cannot be deleted");
        provisioning.tearDown(tearingDown);

        // One NAT gateway: the stuck tear down keeps its Elastic IPs, and the account's quota is 5.
        var running = TestOnboardings.approved(onboardings, iac, in -> TestOnboardings.newVpc(in)
                .withNetwork(n -> n.withNatGateways(OnboardingInputs.NatGateways.SINGLE))).id();
        // Every AWS call takes a while: the run stays under way for the whole check.
        proxy.delayEveryCall(sizes.callDelay().toMillis());
        provisioning.start(running);

        Page first = newPage("en-US");
        signIn(first, "alice");
        BrowserContext session = first.context();
        // Warm up first: caches that fill on first use (Vaadin's, the servlet container's, the JIT's) are not a leak.
        visitBoth(session, running, tearingDown, sizes.warmUp(), sizes.open());
        first.close();
        awaitNoViewers();
        long baseline = heapAfterGc(sizes.gcReadings());
        var before = histogram();

        visitBoth(session, running, tearingDown, sizes.pages(), sizes.open());
        awaitNoViewers();
        long after = heapAfterGc(sizes.gcReadings());
        var grown = histogram();
        grown.replaceAll((type, bytes) -> bytes - before.getOrDefault(type, 0L));

        double growth = (after - baseline) / (double) baseline;
        System.out.printf("%nprogress soak: %d pages opened and closed (running run, stuck tear down)%n"
                        + "  heap after GC  baseline %.1f MB   after %.1f MB   change %+.1f%%   target <= +%.0f%%%n"
                        + "  open progress views afterwards: %d (target 0)%n  grew most (bytes): %s%n",
                sizes.pages(), mb(baseline), mb(after), growth * 100, TOLERANCE * 100, broadcaster.viewers(),
                grown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).toList());
        assertThat(provisioning.progress(running).state()).as("the run was still running").isEqualTo(RunState.RUNNING);
        if (sizes.heldToTarget()) {
            assertThat(growth).as("heap growth after %d progress pages", sizes.pages()).isLessThanOrEqualTo(TOLERANCE);
        }
        // Not left running for the tests that share this context.
        provisioning.cancel(running);
    }

    /** {@code pages} visits, alternately of the running run's page and of the tear down's. */
    private void visitBoth(BrowserContext session, OnboardingId running, OnboardingId tearingDown, int pages,
                           Duration open) throws InterruptedException {
        for (int i = 0; i < pages; i++) {
            boolean even = i % 2 == 0;
            visit(session, even ? running : tearingDown, even ? "RUNNING" : "TEARING_DOWN", open);
        }
    }

    /** Opens the page in a new tab of the signed-in session, watches it for a few pushes, and closes the tab. */
    private void visit(BrowserContext session, OnboardingId id, String runState, Duration open)
            throws InterruptedException {
        Page page = session.newPage();
        page.setDefaultTimeout(30_000);
        open(page, ProvisioningView.path(id));
        page.locator("#run-state[data-state='" + runState + "']").waitFor();
        Thread.sleep(open.toMillis());
        page.close();
    }

    private void awaitNoViewers() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (broadcaster.viewers() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(broadcaster.viewers()).as("progress views still fed after their tabs closed").isZero();
    }

    private void awaitRun(OnboardingId id, RunState state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (provisioning.progress(id).state() != state) {
            assertThat(Instant.now()).as("run of %s reaches %s", id, state).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static long heapAfterGc(int readings) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        // Several full collections, the smallest reading: background threads (jobs, push) allocate in between.
        for (int i = 0; i < readings; i++) {
            System.gc();
            Thread.sleep(500);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** Bytes per class in the heap (GC.class_histogram, asked in-process). */
    private static Map<String, Long> histogram() {
        return new HashMap<>(HeapHistogram.of(ProcessHandle.current().pid(), 1).bytesByClass());
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
