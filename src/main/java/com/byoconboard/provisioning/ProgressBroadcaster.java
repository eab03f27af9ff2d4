package com.byoconboard.provisioning;

import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Feeds open progress views: reads each watched onboarding's journal once per tick and hands it to the views
 * watching it when it changed (or while a step runs, whose clock moves). Reading the journal (not in-memory
 * events) is what makes a reload, a second browser, or a step running on another app node show the same thing.
 */
@Component
class ProgressBroadcaster implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressBroadcaster.class);

    /** An open view; it must hand the update to its UI itself (UI.access). */
    interface Viewer {
        /** Shows {@code progress}; false when the view is gone (its browser tab closed), which ends its watch. */
        boolean show(RunProgress progress);
    }

    /** One open view of one onboarding. */
    record Watch(OnboardingId id, Viewer viewer) {
    }

    private final ProvisioningService provisioning;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    /** What the views of each watched onboarding were last given: nothing is sent again while it stays the same. */
    private final Map<OnboardingId, RunProgress> delivered = new ConcurrentHashMap<>();
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

    Watch watch(OnboardingId id, Viewer viewer) {
        var watch = new Watch(id, viewer);
        watches.add(watch);
        // The new view read the journal itself a moment ago; make sure it gets whatever changed since.
        delivered.remove(id);
        return watch;
    }

    void unwatch(Watch watch) {
        watches.remove(watch);
    }

    /**
     * Feeds {@code view} with the progress of {@code id} while it is attached: watched on attach, unwatched on
     * detach, and no longer fed once its browser is gone. {@code update} runs on the broadcaster's thread, which may
     * not touch the session, and answers what to change in the view under its UI's lock, if anything.
     */
    void follow(com.vaadin.flow.component.Component view, OnboardingId id,
                Function<RunProgress, Optional<Command>> update) {
        var watch = new AtomicReference<Watch>();
        view.addAttachListener(event -> {
            UI ui = event.getUI();
            // Read here, under the session lock.
            long heartbeat = ui.getSession() == null ? 0 : ui.getSession().getConfiguration().getHeartbeatInterval() * 1000L;
            watch.set(watch(id, progress -> {
                if (gone(ui, heartbeat)) {
                    return false;
                }
                update.apply(progress).ifPresent(ui::access);
                return true;
            }));
        });
        view.addDetachListener(event -> {
            var current = watch.getAndSet(null);
            if (current != null) {
                unwatch(current);
            }
        });
    }

    /**
     * A tab closed without saying so (browser killed, network gone) stops sending heartbeats; Vaadin closes such
     * a UI only when its session makes another request, so stop feeding it as soon as it is three beats late.
     */
    static boolean gone(UI ui, long heartbeatMillis) {
        return ui.isClosing() || heartbeatMillis > 0
                && System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp() > 3 * heartbeatMillis;
    }

    /** Open views (for the soak check and the tests: it must fall back to zero when tabs close). */
    int viewers() {
        return watches.size();
    }

    void tick() {
        Map<OnboardingId, List<Watch>> byOnboarding = watches.stream().collect(Collectors.groupingBy(Watch::id));
        delivered.keySet().retainAll(byOnboarding.keySet());
        byOnboarding.forEach((id, views) -> {
            RunProgress progress;
            try {
                // Each view checked its onboarding's organization when it opened; the reads run as the system.
                progress = SystemActor.call("provisioning-progress", () -> provisioning.progress(id));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the progress of {}; trying again on the next tick", id, e);
                return;
            }
            if (progress.equals(delivered.put(id, progress)) && !progress.clockRunning()) {
                return;
            }
            views.forEach(watch -> deliver(watch, progress));
        });
    }

    private void deliver(Watch watch, RunProgress progress) {
        try {
            if (!watch.viewer().show(progress)) {
                watches.remove(watch);
            }
        } catch (RuntimeException e) {
            // A UI detached in the meantime (UIDetachedException), or a failing view: drop it, keep the others.
            LOG.debug("Dropping progress watch of {}", watch.id(), e);
            watches.remove(watch);
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
