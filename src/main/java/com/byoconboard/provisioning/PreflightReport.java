package com.byoconboard.provisioning;

import java.util.List;

/** Every pre-flight check of one onboarding, in the order they ran. */
public record PreflightReport(List<CheckResult> checks) {

    public PreflightReport {
        checks = List.copyOf(checks);
    }

    /** No check failed (warnings allowed): provisioning may start. */
    public boolean passed() {
        return checks.stream().noneMatch(c -> c.status() == CheckResult.Status.FAIL);
    }

    public List<CheckResult> failures() {
        return checks.stream().filter(c -> c.status() == CheckResult.Status.FAIL).toList();
    }
}
