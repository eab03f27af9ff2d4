package com.byoconboard.provisioning;

import com.byoconboard.deployment.ControllerRole;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepGraph;
import com.byoconboard.deployment.StepKind;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a plan costs at the least, from the steps' declarations ({@link StepKind#dependsOn()}, {@link
 * StepKind#ownCalls()}, each resource kind's {@link ResourceType#creation()}): the longest chain of calls that
 * each wait for another (resources of one kind in a step go out together, a step's kinds one after the other),
 * the fewest calls in all, and the longest chain of AWS's background work given how long each kind takes.
 */
record CallBudget(StepGraph criticalPath, long minimumCalls) {

    static CallBudget of(ProvisioningPlan plan) {
        long calls = plan.steps().stream().mapToLong(step -> step.ownCalls().calls()
                + plan.of(step).stream().mapToLong(CallBudget::calls).sum()).sum();
        return new CallBudget(StepGraph.longest(plan.steps(), step -> depth(plan, step)), calls);
    }

    /** The longest chain of waits for AWS's background work, each kind taking {@code ready}. */
    static StepGraph longestWait(ProvisioningPlan plan, Map<ResourceType, Duration> ready) {
        return StepGraph.longest(plan.steps(), step -> kinds(plan, step).stream()
                .mapToLong(type -> ready.getOrDefault(type, Duration.ZERO).toMillis()).sum());
    }

    private static long depth(ProvisioningPlan plan, StepKind step) {
        return step.ownCalls().depth() + kinds(plan, step).stream().mapToLong(t -> t.creation().depth()).sum();
    }

    /** The kinds of resource the plan has in {@code step}, in the step's order (each needs the one before). */
    private static List<ResourceType> kinds(ProvisioningPlan plan, StepKind step) {
        var planned = plan.of(step);
        return step.creates().stream().filter(t -> planned.stream().anyMatch(r -> r.type() == t)).toList();
    }

    /** A controller role's policies are one call each (its inline policy, every managed one). */
    private static long calls(PlannedResource resource) {
        if (resource.type() == ResourceType.IAM_ROLE) {
            return 1 + ControllerRole.ALL.stream().filter(r -> r.logicalName().equals(resource.logicalName()))
                    .mapToLong(r -> (r.actions().isEmpty() ? 0 : 1) + r.managedPolicies().size()).sum();
        }
        return resource.type().creation().calls();
    }
}
