package com.byoconboard.onboarding;

/**
 * A day-2 change that cannot be made this way, whatever the values: the region or the VPC CIDR (fixed once
 * provisioned), a setting that is not changeable after READY, several kinds at once, or nothing at all. The
 * message key ({@code onboarding.change.refused.<reason>}) says why and what to do instead.
 */
public class ChangeRefusedException extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason { REGION, VPC_CIDR, NOT_CHANGEABLE, SEVERAL_KINDS, NOTHING_CHANGED, NOT_READY, BUSY }

    private final Reason reason;

    public ChangeRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key of the reason, in the onboarding bundle. */
    public String messageKey() {
        return "onboarding.change.refused." + reason.name();
    }
}
