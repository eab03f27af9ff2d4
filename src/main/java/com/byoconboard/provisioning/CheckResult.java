package com.byoconboard.provisioning;

/**
 * The outcome of one named pre-flight check: pass / warn / fail, what it saw, and how to fix a problem.
 *
 * @param check    stable name, e.g. {@code subnets-size}; the title is {@code provisioning.check.<check>}
 * @param evidence what the check saw (translatable)
 * @param fix      what to do about a warning or failure; null when it passed
 */
public record CheckResult(String check, Status status, Message evidence, Message fix) {

    /** Pass, warn (provisioning may go ahead), or fail (it may not). */
    public enum Status { PASS, WARN, FAIL }

    static CheckResult pass(String check, Message evidence) {
        return new CheckResult(check, Status.PASS, evidence, null);
    }

    static CheckResult warn(String check, Message evidence, Message fix) {
        return new CheckResult(check, Status.WARN, evidence, fix);
    }

    static CheckResult fail(String check, Message evidence, Message fix) {
        return new CheckResult(check, Status.FAIL, evidence, fix);
    }
}
