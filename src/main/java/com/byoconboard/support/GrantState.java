package com.byoconboard.support;

/**
 * Where support's access grant to one onboarding stands. Support requests; the customer approves or refuses; an
 * approved grant ends when the customer revokes it or its time is up (judged from the app's clock, see
 * {@link AccessGrant#stateAt}). Only an approved grant lets support act in the customer's account.
 */
public enum GrantState {
    REQUESTED, APPROVED, REFUSED, REVOKED, EXPIRED;

    /** Whether a grant in this state may move to {@code next}. */
    public boolean canMoveTo(GrantState next) {
        return switch (this) {
            case REQUESTED -> next == APPROVED || next == REFUSED;
            case APPROVED -> next == REVOKED || next == EXPIRED;
            case REFUSED, REVOKED, EXPIRED -> false;
        };
    }

    /** Whether support may act in the account under a grant in this state. */
    public boolean active() {
        return switch (this) {
            case APPROVED -> true;
            case REQUESTED, REFUSED, REVOKED, EXPIRED -> false;
        };
    }

    /** Whether the grant waits for the customer's decision (what the customer's notice is about). */
    public boolean waiting() {
        return this == REQUESTED;
    }
}
