package com.byoconboard.deployment;

import java.time.Duration;
import java.util.List;

/**
 * The calls that make one resource (or a step's own work) in the customer's account, as the least a run must send:
 * the {@code chain} of calls each needing the one before (an ID it returns), then calls that need only the chain's
 * end and can go out together, then, for what AWS builds in the background, one look that finds it ready. From
 * these, {@link StepGraph} computes a run's longest chain of dependent calls and its fewest calls.
 *
 * @param chain     IAM actions in order, each waiting for the one before
 * @param then      IAM actions sent together once the chain is done
 * @param waitsWith   the IAM action that looks whether AWS has finished the resource; blank when it is ready at once
 * @param typicalWait how long AWS usually takes to finish it (zero when that is not known): how often a run looks
 */
public record Creation(List<String> chain, List<String> then, String waitsWith, Duration typicalWait) {

    /** Nothing to call (a host name is an output). */
    public static final Creation NONE = new Creation(List.of(), List.of(), "", Duration.ZERO);

    public Creation {
        chain = List.copyOf(chain);
        then = List.copyOf(then);
    }

    public static Creation of(String... chain) {
        return new Creation(List.of(chain), List.of(), "", Duration.ZERO);
    }

    public Creation then(String... together) {
        return new Creation(chain, List.of(together), waitsWith, typicalWait);
    }

    /** Looked at with {@code action} until AWS has finished it; how long that usually takes is not known. */
    public Creation waitsWith(String action) {
        return new Creation(chain, then, action, Duration.ZERO);
    }

    /** Looked at with {@code action} until AWS has finished it, which usually takes about {@code typically}. */
    public Creation waitsWith(String action, Duration typically) {
        return new Creation(chain, then, action, typically);
    }

    /** Calls in sequence: the chain, one round for the calls sent together, one look at the finished resource. */
    public int depth() {
        return chain.size() + (then.isEmpty() ? 0 : 1) + (waitsWith.isBlank() ? 0 : 1);
    }

    /** Every call, at least. */
    public int calls() {
        return chain.size() + then.size() + (waitsWith.isBlank() ? 0 : 1);
    }

    /** Whether AWS keeps the resource pending for a while after the create call. */
    public boolean waits() {
        return !waitsWith.isBlank();
    }

    /** Every action named, for checking them against the declared permissions. */
    public List<String> actions() {
        var all = new java.util.ArrayList<>(chain);
        all.addAll(then);
        if (waits()) {
            all.add(waitsWith);
        }
        return all;
    }
}
