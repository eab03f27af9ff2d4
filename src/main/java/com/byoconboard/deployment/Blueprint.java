package com.byoconboard.deployment;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One onboarding's deployment as decided from its inputs: the names, the new VPC's network plan, the steps that
 * apply, and every (action, resource) those steps call in the customer's account.
 */
public record Blueprint(OnboardingInputs inputs, ResourceNames names) {

    public static Blueprint of(Onboarding onboarding) {
        var inputs = onboarding.inputs();
        return new Blueprint(inputs, ResourceNames.of(inputs.bootstrapRole().resourceNamePrefix(), onboarding.id()));
    }

    /** The new VPC's plan; empty for an existing VPC or while the inputs do not give one. */
    public Optional<NetworkPlan> network() {
        if (inputs.network().mode() != OnboardingInputs.VpcMode.NEW_VPC) {
            return Optional.empty();
        }
        return NetworkPlan.of(inputs.network()) instanceof NetworkPlan.Ready(var plan) ? Optional.of(plan) : Optional.empty();
    }

    /** The steps that do something for these inputs, in graph order. */
    public List<StepKind> steps() {
        return Arrays.stream(StepKind.values()).filter(s -> s.appliesTo(inputs)).toList();
    }

    /**
     * Every call of the applicable steps, the controller's later calls that the role's options grant, and the
     * checks' reads ({@link AccountReads}), as
     * (action, concrete resource ARN, condition context) without repeats: what the role must allow before anything
     * is created. A wildcard action (the controller's {@code ec2:Get*}) names no single call and is left out.
     *
     * @param bootstrapRoleName the name of the role the calls are made with
     */
    public List<RequiredPermission> requiredPermissions(String bootstrapRoleName) {
        String region = inputs.region();
        var target = new Scope.Target(Scope.Target.partitionOf(region), inputs.account().accountId(), region, names,
                bootstrapRoleName);
        String boundary = inputs.bootstrapRole().permissionsBoundaryArn().strip();
        var permissions = new ArrayList<Permission>();
        steps().forEach(step -> permissions.addAll(step.permissions()));
        ControllerPermissions.EXTRAS.stream().filter(extra -> extra.grantedBy().isOn(inputs.bootstrapRole()))
                .forEach(extra -> permissions.addAll(extra.permissions()));
        permissions.addAll(AccountReads.PERMISSIONS);
        var required = new LinkedHashSet<RequiredPermission>();
        for (Permission p : permissions) {
            if (p.action().contains("*")) {
                continue;
            }
            Map<String, String> context = p.condition().key()
                    .flatMap(key -> p.condition().value(boundary).map(value -> Map.of(key, value)))
                    .orElse(Map.of());
            p.scope().arns(target).forEach(arn -> required.add(new RequiredPermission(p.action(), arn, context,
                    RolePolicy.statementOf(p))));
        }
        return List.copyOf(required);
    }
}
