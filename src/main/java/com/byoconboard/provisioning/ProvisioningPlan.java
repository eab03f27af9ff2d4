package com.byoconboard.provisioning;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.RequiredPermission;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;

import java.util.List;
import java.util.Optional;

/**
 * Everything a run for one onboarding will create, resource by resource, in step order; the steps that apply; the
 * new VPC's network plan (empty for an existing VPC); what peering created for peers no longer listed, oldest
 * first (deleted by {@link StepKind#PEERS_REMOVED}); every (action, resource) the customer's role must allow;
 * and the endpoint host names the customer will get.
 */
public record ProvisioningPlan(VpcMode mode, List<StepKind> steps, Optional<NetworkPlan> network,
                               List<PlannedResource> resources, List<RecordedResource> peeringToRemove,
                               List<RequiredPermission> requiredPermissions, String publicEndpoint,
                               String privateEndpoint) {

    public ProvisioningPlan {
        steps = List.copyOf(steps);
        resources = List.copyOf(resources);
        peeringToRemove = List.copyOf(peeringToRemove);
        requiredPermissions = List.copyOf(requiredPermissions);
    }

    public List<PlannedResource> of(StepKind step) {
        return resources.stream().filter(r -> r.step() == step).toList();
    }

    public long count(ResourceType type) {
        return resources.stream().filter(r -> r.type() == type).count();
    }
}
