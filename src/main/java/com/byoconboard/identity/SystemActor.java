package com.byoconboard.identity;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs work as the system rather than as a person: background jobs (provisioning, notifications) have no
 * signed-in user, yet vendor-side service calls check for one. The audit log records {@code system:<purpose>}.
 * Kept in a thread-local of its own rather than in Spring Security's context, which inside a Vaadin request
 * always answers with the session's signed-in person.
 */
public final class SystemActor {

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private SystemActor() {
    }

    /** Calls {@code work} as {@code system:<purpose>}, restoring whoever acted before. */
    public static <T> T call(String purpose, Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(new Actor("system:" + purpose, "System (" + purpose + ")", "", Optional.empty(), Set.of(), true));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }

    /** The system actor of the current thread, while inside {@link #call}. */
    static Optional<Actor> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
