package com.byoconboard.provisioning;

import com.byoconboard.validation.Fix;

import java.util.List;
import java.util.Optional;

/** A step cannot succeed until someone fixes the cause: the run stops with this step failed, this reason and, where one exists, the command that fixes it. */
final class StepFailure extends RuntimeException {

    private final Message reason;
    private final Optional<Fix> fix;

    StepFailure(Message reason, String awsText) {
        this(reason, awsText, Optional.empty());
    }

    /** A failed pre-flight check: its evidence, and its fix as the wizard would show it. */
    StepFailure(CheckResult failed) {
        this(failed.evidence(), "", failed.command());
    }

    /**
     * Failed pre-flight checks: one is shown as itself; several are named together, so that the customer sees
     * every one at once (each is in the run log with its fix, see {@link StepContext#failedChecks}).
     */
    static StepFailure of(List<CheckResult> failed) {
        if (failed.size() == 1) {
            return new StepFailure(failed.getFirst());
        }
        return new StepFailure(Message.of("provisioning.check.failures", failed.size(),
                String.join(", ", failed.stream().map(CheckResult::check).toList())), "");
    }

    private StepFailure(Message reason, String awsText, Optional<Fix> fix) {
        super(reason.key() + (awsText.isEmpty() ? "" : ": " + awsText));
        this.reason = reason;
        this.fix = fix;
    }

    Message reason() {
        return reason;
    }

    Optional<Fix> fix() {
        return fix;
    }
}
