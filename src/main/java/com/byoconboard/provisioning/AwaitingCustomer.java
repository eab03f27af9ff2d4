package com.byoconboard.provisioning;

/** A step cannot go on until the customer does something only they can do; the run looks again later. */
final class AwaitingCustomer extends RuntimeException {

    private final Message reason;

    AwaitingCustomer(Message reason) {
        super(reason.key(), null, false, false);
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
