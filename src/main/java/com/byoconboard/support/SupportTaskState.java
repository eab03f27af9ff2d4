package com.byoconboard.support;

import java.util.Set;

/** Where a support task stands. */
public enum SupportTaskState {
    /** Nothing to do until the customer asks (removing the public load balancer). */
    WAITING_FOR_REQUEST,
    /** Support has to do it. */
    OPEN,
    DONE;

    /** States support may set next: record a request, mark done, or reopen a task done by mistake. */
    public Set<SupportTaskState> next() {
        return switch (this) {
            case WAITING_FOR_REQUEST -> Set.of(OPEN);
            case OPEN -> Set.of(DONE);
            case DONE -> Set.of(OPEN);
        };
    }
}
