package com.byoconboard.provisioning;

/**
 * An action on an onboarding's provisioning run that callers ask for and then follow to its end (the API's
 * long-running operations); {@link #outcome} says how far it got from the run's state in the journal.
 */
public enum RunAction {
    START, RETRY, CANCEL, TEAR_DOWN;

    /** Where the action stands, judged from the run as it is now. */
    public enum Outcome {
        RUNNING, SUCCEEDED, FAILED;

        public boolean done() {
            return this != RUNNING;
        }
    }

    /** The action's outcome when the run is in {@code run} (null: no run yet). */
    public Outcome outcome(RunState run) {
        if (run == null) {
            return Outcome.FAILED;
        }
        return switch (this) {
            case START, RETRY -> switch (run) {
                case RUNNING -> Outcome.RUNNING;
                case SUCCEEDED, TEARING_DOWN, TORN_DOWN -> Outcome.SUCCEEDED;
                case FAILED, CANCELLED -> Outcome.FAILED;
            };
            // Cancelling takes effect at once (steps under way still finish, nothing new starts).
            case CANCEL -> run == RunState.CANCELLED ? Outcome.SUCCEEDED : Outcome.FAILED;
            case TEAR_DOWN -> switch (run) {
                case TEARING_DOWN -> Outcome.RUNNING;
                case TORN_DOWN -> Outcome.SUCCEEDED;
                case RUNNING, SUCCEEDED, FAILED, CANCELLED -> Outcome.FAILED;
            };
        };
    }
}
