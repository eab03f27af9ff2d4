package com.byoconboard.provisioning;

import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Feeds open progress views: reads each watched onboarding's journal once per tick and hands the result to
 * every view watching it. Reading the journal (not in-memory events) is what makes a reload, a second
 * browser, or a step running on another app node show the same thing.
 */
@Component
class ProgressBroadcaster implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressBroadcaster.class);

    /** One open view; {@code listener} must hand the update to its UI itself (UI.access). */
    record Watch(OnboardingId id, Consumer<RunProgress> listener) {
    }

    private final ProvisioningService provisioning;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "provisioning-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProgressBroadcaster(ProvisioningService provisioning, ProvisioningProperties properties) {
        this.provisioning = provisioning;
        long millis = properties.progressPoll().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    Watch watch(OnboardingId id, Consumer<RunProgress> listener) {
        var watch = new Watch(id, listener);
        watches.add(watch);
        return watch;
    }

    void unwatch(Watch watch) {
        watches.remove(watch);
    }

    private void tick() {
        Map<OnboardingId, RunProgress> read = new HashMap<>();
        for (Watch watch : watches) {
            try {
                // Each view checked its onboarding's organization when it opened; the reads run as the system.
                watch.listener().accept(read.computeIfAbsent(watch.id(),
                        id -> SystemActor.call("provisioning-progress", () -> provisioning.progress(id))));
            } catch (RuntimeException e) {
                // A closed browser tab, or a failing read: drop this view, keep the others going.
                LOG.debug("Dropping progress watch of {}", watch.id(), e);
                watches.remove(watch);
            }
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
