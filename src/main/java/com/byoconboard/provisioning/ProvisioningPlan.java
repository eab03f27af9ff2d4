package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.List;

/**
 * Everything a run for one onboarding will create, resource by resource, in step order; also the AWS
 * actions the customer's role needs for it, and the endpoint host names the customer will get.
 */
public record ProvisioningPlan(VpcMode mode, List<PlannedResource> resources, List<String> requiredActions,
                               String publicEndpoint, String privateEndpoint) {

    public ProvisioningPlan {
        resources = List.copyOf(resources);
        requiredActions = List.copyOf(requiredActions);
    }

    public List<PlannedResource> of(StepKind step) {
        return resources.stream().filter(r -> r.step() == step).toList();
    }

    public long count(ResourceType type) {
        return resources.stream().filter(r -> r.type() == type).count();
    }
}
