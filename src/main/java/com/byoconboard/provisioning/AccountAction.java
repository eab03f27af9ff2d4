package com.byoconboard.provisioning;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.support.GrantScope;

import java.util.Optional;

/**
 * Support's actions that act in the customer's AWS account, and so need the customer's approved grant: decided here,
 * once, with the scope each needs. Support still sees the onboarding and its run without one. The customer's own
 * actions and the system's run after the customer's submission are not governed.
 */
enum AccountAction {
    /** The drift check: reads the account. */
    VERIFY(GrantScope.READ_ONLY),
    /** Makes again what is missing. */
    REPAIR(GrantScope.READ_WRITE),
    /** Continues a stopped run, or a tear down: creates or deletes. */
    RETRY(GrantScope.READ_WRITE),
    /** Deletes everything the run created. */
    TEAR_DOWN(GrantScope.READ_WRITE);

    private final GrantScope needs;

    AccountAction(GrantScope needs) {
        this.needs = needs;
    }

    GrantScope needs() {
        return needs;
    }

    /** The run action as an action in the account, or empty where it makes no call there on support's behalf. */
    static Optional<AccountAction> of(RunAction action) {
        return switch (action) {
            // Starting follows support's approval of what the customer submitted for exactly this: the customer's run.
            case START -> Optional.empty();
            // Cancelling stops our own jobs; it calls nothing in the account.
            case CANCEL -> Optional.empty();
            case RETRY -> Optional.of(RETRY);
            case TEAR_DOWN -> Optional.of(TEAR_DOWN);
        };
    }

    /**
     * Whether {@code caller} needs a grant to act in an account of {@code owner}: vendor staff, unless they are also
     * the organization's own customer (then the account is theirs); never the system.
     */
    static boolean governs(Actor caller, OrganizationId owner) {
        return caller.vendor() && !caller.system() && !caller.customerOf(owner);
    }
}
