package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallBudgetTest {

    private final Planner planner = new Planner(new ProvisioningProperties(false, null, null, 0, null, null, null, null,
            null, null, null, null, null));
    private final ProvisioningPlan newVpc = planner.plan(new Onboarding(OnboardingId.random(),
            new OrganizationId("org"), OnboardingState.APPROVED, TestOnboardings.newVpc(OnboardingInputs.initial()),
            "ext", 1, 1, Instant.EPOCH, Instant.EPOCH), java.util.List.of());

    @Test
    void theNewVpcsLongestChainOfDependentCallsRunsThroughTheNatGatewaysRouteTablesAndNodeGroup() {
        var budget = CallBudget.of(newVpc);

        // AssumeRole, pre-flight's reads; CreateVpc, its attributes; IGW create, attach; EIPs, NAT gateways, their
        // look; route tables, default routes, associations; node group, its look.
        assertThat(budget.criticalPath().total()).isEqualTo(14);
        assertThat(budget.criticalPath().path()).containsExactly(StepKind.PREFLIGHT, StepKind.VPC,
                StepKind.INTERNET_GATEWAY, StepKind.NAT_GATEWAY, StepKind.ROUTE_TABLES, StepKind.NODE_GROUP);
    }

    @Test
    void theNewVpcsFewestCallsCountEveryPlannedResourceOnceWithTheControllerRolesPolicies() {
        // pre-flight 7, VPC 3, subnets 6, IGW 2, 3 EIPs + 3 NAT gateways with a look each, 4 route tables with
        // their routes + 6 associations, S3 endpoint 1, bucket 4, 9 roles + 7 inline + 4 managed policies,
        // cluster 2, node group 2, zone 2, the allow-list's security group 1 + a rule per client port 2, the
        // maintenance window's object 1.
        assertThat(CallBudget.of(newVpc).minimumCalls())
                .isEqualTo(7 + 3 + 6 + 2 + 9 + 14 + 1 + 4 + 20 + 2 + 2 + 2 + 3 + 1);
    }

    @Test
    void theLongestWaitIsTheClusterThenTheNodeGroupWhenTheClusterTakesLongerThanTheNetwork() {
        var waits = Map.of(ResourceType.NAT_GATEWAY, Duration.ofSeconds(2), ResourceType.EKS_CLUSTER,
                Duration.ofSeconds(10), ResourceType.EKS_NODEGROUP, Duration.ofSeconds(3));

        var longest = CallBudget.longestWait(newVpc, waits);

        assertThat(longest.total()).isEqualTo(13_000);
        assertThat(longest.path()).containsSubsequence(StepKind.EKS_CLUSTER, StepKind.NODE_GROUP);
    }
}
