package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a drift check found on one onboarding at {@code checkedAt}, after comparing {@code checked} recorded
 * resources with the account.
 */
public record DriftReport(Instant checkedAt, int checked, List<DriftFinding> findings) {

    public DriftReport {
        findings = List.copyOf(findings);
    }

    /** The account holds exactly what the journal says. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /**
     * The steps Repair runs again: those that make the missing resources we own, and every step after them (one that
     * uses a remade resource, such as a route table's association with a remade subnet, must wait for it). Empty:
     * nothing to repair.
     */
    public Set<StepKind> repairSteps() {
        var steps = EnumSet.noneOf(StepKind.class);
        findings.stream().filter(f -> f instanceof DriftFinding.Missing m && m.repairable())
                .forEach(f -> steps.add(((DriftFinding.Missing) f).step()));
        boolean grew = !steps.isEmpty();
        while (grew) {
            grew = false;
            for (StepKind step : StepKind.values()) {
                if (!steps.contains(step) && step.dependsOn().stream().anyMatch(steps::contains)) {
                    grew = steps.add(step);
                }
            }
        }
        return Collections.unmodifiableSet(steps);
    }

    /** Whether Repair has something to make again. */
    public boolean repairable() {
        return !repairSteps().isEmpty();
    }
}
