package com.byoconboard.provisioning;

import com.byoconboard.validation.ExistingVpcFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every pre-flight check of one onboarding, in the order they ran, and what they learned about the account.
 *
 * @param azNames     AZ ID to AZ name in the customer's account, for the AZs the onboarding names that exist
 * @param existingVpc the customer-managed VPC as read from the account, when there is one and it was found
 */
public record PreflightReport(List<CheckResult> checks, Map<String, String> azNames, Optional<ExistingVpcFacts> existingVpc) {

    public PreflightReport {
        checks = List.copyOf(checks);
        azNames = Map.copyOf(azNames);
    }

    /** No check failed (warnings allowed): provisioning may start. */
    public boolean passed() {
        return checks.stream().noneMatch(c -> c.status() == CheckResult.Status.FAIL);
    }

    public List<CheckResult> failures() {
        return checks.stream().filter(c -> c.status() == CheckResult.Status.FAIL).toList();
    }
}
