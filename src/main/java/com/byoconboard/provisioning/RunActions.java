package com.byoconboard.provisioning;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingState;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The actions a caller may take on one onboarding's run now: decided here once, from who calls and where the
 * run and the onboarding stand, and rendered as it is by every page and the API. Support and the system may act on
 * every organization's run, a customer only on their own organization's; anyone else on none.
 */
public record RunActions(Set<RunAction> allowed) {

    /** @param allowed kept in the order of {@link RunAction}, the order buttons are shown in */
    public RunActions {
        allowed = Collections.unmodifiableSet(allowed.isEmpty() ? EnumSet.noneOf(RunAction.class) : EnumSet.copyOf(allowed));
    }

    static final RunActions NONE = new RunActions(Set.of());

    /** What {@code caller} (empty: anonymous) may do on the run ({@code run} null: none yet) of an onboarding of {@code owner}. */
    static RunActions allowedFor(Optional<Actor> caller, OrganizationId owner, OnboardingState onboarding, RunState run) {
        if (!mayAct(caller, owner)) {
            return NONE;
        }
        return new RunActions(byState(onboarding, run));
    }

    /** Whether the caller may act on this run at all (read its progress, and some action in some state). */
    static boolean mayAct(Optional<Actor> caller, OrganizationId owner) {
        return caller.filter(c -> c.vendor() || c.customerOf(owner)).isPresent();
    }

    /**
     * Every run state has its actions: nothing but waiting only where the run is over (torn down). A tear down
     * that keeps failing can be tried again or cancelled; an onboarding left PROVISIONING without a run (a start
     * that crashed half-way in an older version) is retried.
     */
    private static Set<RunAction> byState(OnboardingState onboarding, RunState run) {
        if (run == null) {
            return switch (onboarding) {
                case APPROVED -> EnumSet.of(RunAction.START);
                case PROVISIONING, FAILED -> EnumSet.of(RunAction.RETRY);
                case DRAFT, SUBMITTED, CHANGES_REQUESTED, READY, REJECTED, TORN_DOWN, OFFBOARDED -> EnumSet.noneOf(RunAction.class);
            };
        }
        return switch (run) {
            case RUNNING -> EnumSet.of(RunAction.CANCEL);
            case SUCCEEDED -> EnumSet.of(RunAction.TEAR_DOWN);
            case FAILED, CANCELLED -> EnumSet.of(RunAction.RETRY, RunAction.TEAR_DOWN);
            case TEARING_DOWN -> EnumSet.of(RunAction.RETRY, RunAction.CANCEL);
            case TORN_DOWN -> EnumSet.noneOf(RunAction.class);
        };
    }

    public boolean allows(RunAction action) {
        return allowed.contains(action);
    }
}
