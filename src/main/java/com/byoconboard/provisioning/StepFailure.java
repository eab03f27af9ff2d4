package com.byoconboard.provisioning;

/** A step cannot succeed until someone fixes the cause: the run stops with this step failed and this reason. */
final class StepFailure extends RuntimeException {

    private final Message reason;

    StepFailure(Message reason, String awsText) {
        super(reason.key() + (awsText.isEmpty() ? "" : ": " + awsText));
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
