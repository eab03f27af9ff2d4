package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    private final Planner planner = new Planner(new ProvisioningProperties(false, null, null, 0, null, null, null, null,
            null, null, null, null, null));

    @Test
    void aNewVpcPlanHasTheNetworkInThreeZonesTheGuidesRolesAPrefixedClusterAndAPrivateEndpoint() {
        var plan = plan(onboarding(TestOnboardings.newVpc(OnboardingInputs.initial())));

        assertThat(plan.count(ResourceType.VPC)).isEqualTo(1);
        assertThat(plan.count(ResourceType.SUBNET)).isEqualTo(6);
        assertThat(plan.count(ResourceType.ROUTE_TABLE_ASSOCIATION)).isEqualTo(6);
        assertThat(plan.count(ResourceType.NAT_GATEWAY)).isEqualTo(3);
        assertThat(plan.count(ResourceType.ELASTIC_IP)).isEqualTo(3);
        assertThat(plan.count(ResourceType.ROUTE_TABLE)).isEqualTo(4);
        assertThat(plan.count(ResourceType.IAM_ROLE)).isEqualTo(9);
        // Every name starts with the prefix the role's policy is scoped to (a security group's rules have no name).
        assertThat(plan.resources()).filteredOn(r -> r.type() != ResourceType.HOST_NAME && r.type() != ResourceType.TAGS
                        && r.type() != ResourceType.HOSTED_ZONE && r.type() != ResourceType.ROUTE_TABLE_ASSOCIATION
                        && r.type() != ResourceType.SECURITY_GROUP_RULE)
                .allSatisfy(r -> assertThat(r.name()).matches("clickhouse-cloud-[0-9a-f]{10}(-.*)?"));
        assertThat(plan.of(StepKind.SUBNETS)).filteredOn(r -> r.logicalName().startsWith("subnet-private-"))
                .allSatisfy(r -> assertThat(r.tags()).containsEntry("kubernetes.io/role/internal-elb", "1"));
        assertThat(plan.resources()).filteredOn(r -> r.type() != ResourceType.HOST_NAME
                        && r.type() != ResourceType.ROUTE_TABLE_ASSOCIATION && r.type() != ResourceType.TAGS
                        && r.type() != ResourceType.SECURITY_GROUP_RULE)
                .allSatisfy(r -> assertThat(r.tags()).containsEntry("clickhouse-byoc", "true")
                        .containsKey("byoc:onboarding-id"));
        assertThat(plan.privateEndpoint()).isEqualTo(Planner.privateHost(plan.publicEndpoint()));
        assertThat(new HashSet<>(plan.resources().stream().map(PlannedResource::logicalName).toList()))
                .hasSameSizeAs(plan.resources());
    }

    @Test
    void aSharedNatGatewayServesEveryPrivateRouteTable() {
        var plan = plan(onboarding(TestOnboardings.newVpc(OnboardingInputs.initial())
                .withNetwork(n -> n.withNatGateways(OnboardingInputs.NatGateways.SINGLE))));

        assertThat(plan.count(ResourceType.NAT_GATEWAY)).isEqualTo(1);
        assertThat(plan.of(StepKind.ROUTE_TABLES)).filteredOn(r -> r.type() == ResourceType.ROUTE_TABLE)
                .extracting(PlannedResource::detail)
                .containsExactly("0.0.0.0/0 → igw", "0.0.0.0/0 → nat-use1-az1", "0.0.0.0/0 → nat-use1-az1",
                        "0.0.0.0/0 → nat-use1-az1");
    }

    @Test
    void withoutIamRoleCreationTheRolesAreVerifiedNotCreatedAndTheStepsSaySo() {
        var plan = plan(onboarding(TestOnboardings.newVpc(OnboardingInputs.initial())
                .withBootstrapRole(r -> r.withAllowIamRoleCreation(false))));

        assertThat(plan.count(ResourceType.IAM_ROLE)).isZero();
        assertThat(plan.of(StepKind.VERIFY_CONTROLLER_ROLES)).hasSize(9)
                .allSatisfy(r -> assertThat(r.type()).isEqualTo(ResourceType.CUSTOMER_IAM_ROLE));
        assertThat(plan.steps()).contains(StepKind.VERIFY_CONTROLLER_ROLES).doesNotContain(StepKind.CONTROLLER_ROLES);
        assertThat(plan.requiredPermissions()).noneMatch(p -> p.action().equals("iam:CreateRole"));
    }

    @Test
    void anExistingVpcPlanCreatesNoNetworkAndOnlyTagsTheCustomersVpcAndSubnets() {
        var plan = plan(onboarding(TestOnboardings.newVpc(OnboardingInputs.initial()).withNetwork(n -> n
                .withMode(OnboardingInputs.VpcMode.EXISTING_VPC).withExistingVpcId("vpc-1").withExistingSubnets(
                        java.util.List.of(new OnboardingInputs.ExistingSubnet("subnet-1", "use1-az1", "10.0.0.0/23"))))));

        assertThat(plan.resources()).noneMatch(r -> EnumSet.of(ResourceType.VPC, ResourceType.SUBNET,
                ResourceType.NAT_GATEWAY, ResourceType.INTERNET_GATEWAY).contains(r.type()));
        assertThat(plan.of(StepKind.VERIFY_NETWORK)).extracting(PlannedResource::name).containsExactly("vpc-1", "subnet-1");
    }

    @Test
    void thePrivateEndpointAppendsPrivateToTheFirstLabel() {
        assertThat(Planner.privateHost("abc.us-east-1.aws.example.com")).isEqualTo("abc-private.us-east-1.aws.example.com");
    }

    @Test
    void everyStepDependsOnlyOnEarlierStepsSoTheGraphHasNoCycle() {
        for (StepKind step : StepKind.values()) {
            assertThat(step.dependsOn()).allSatisfy(d -> assertThat(d.ordinal()).isLessThan(step.ordinal()));
        }
    }

    @Test
    void aRunThatNeverPeeredSkipsThePeerRemovalAndOneAfterAPeerWasDroppedRemovesExactlyItsResources() {
        var neverPeered = onboarding(TestOnboardings.newVpc(OnboardingInputs.initial()));
        assertThat(plan(neverPeered).steps()).doesNotContain(StepKind.PEERS_REMOVED);
        assertThat(plan(neverPeered).peeringToRemove()).isEmpty();

        var now = Instant.now();
        var connection = new RecordedResource(1, StepKind.PEERING_REQUEST, "pcx-vpc-0a", ResourceType.VPC_PEERING_CONNECTION,
                "pcx-1", "vpc-1", now, null);
        var route = new RecordedResource(2, StepKind.PEERING_ROUTES, "route-rtb-private-use1-az1-vpc-0a",
                ResourceType.PEERING_ROUTE, "172.16.0.0/16", "rtb-1", now, null);
        var alreadyGone = new RecordedResource(3, StepKind.PEERING_REQUEST, "pcx-vpc-0b", ResourceType.VPC_PEERING_CONNECTION,
                "pcx-2", "vpc-1", now, now);
        var vpc = new RecordedResource(0, StepKind.VPC, "vpc", ResourceType.VPC, "vpc-1", null, now, null);
        var dropped = planner.plan(neverPeered, List.of(vpc, connection, route, alreadyGone));
        assertThat(dropped.steps()).contains(StepKind.PEERS_REMOVED);
        assertThat(dropped.peeringToRemove()).containsExactly(connection, route);
    }

    @Test
    void aListedPeerIsPlannedNotRemoved() {
        var peered = onboarding(TestOnboardings.newVpc(OnboardingInputs.initial()).withConnectivity(c -> c
                .withPeeringEnabled(true).withPeers(List.of(new OnboardingInputs.VpcPeer("111122223333",
                        "vpc-0a", "172.16.0.0/16")))));
        var connection = new RecordedResource(1, StepKind.PEERING_REQUEST, "pcx-vpc-0a", ResourceType.VPC_PEERING_CONNECTION,
                "pcx-1", "vpc-1", Instant.now(), null);

        var plan = planner.plan(peered, List.of(connection));
        assertThat(plan.peeringToRemove()).isEmpty();
        assertThat(plan.steps()).doesNotContain(StepKind.PEERS_REMOVED)
                .contains(StepKind.PEERING_REQUEST, StepKind.PEERING_ACCEPTANCE, StepKind.PEERING_ROUTES);
    }

    @Test
    void theAllowListIsOurSecurityGroupWithARulePerEntryAndClientPortASingleAddressAsItsOwnBlock() {
        var plan = plan(onboarding(TestOnboardings.newVpc(OnboardingInputs.initial())
                .withConnectivity(c -> c.withAllowList(List.of("203.0.113.0/24", "198.51.100.7")))));

        assertThat(plan.of(StepKind.PUBLIC_ACCESS)).extracting(PlannedResource::logicalName).containsExactly(
                "sg-public-endpoint", "sgr-public-203.0.113.0/24-8443", "sgr-public-203.0.113.0/24-9440",
                "sgr-public-198.51.100.7/32-8443", "sgr-public-198.51.100.7/32-9440");
        assertThat(plan.steps()).contains(StepKind.PUBLIC_ACCESS, StepKind.MAINTENANCE_WINDOW);
    }

    private ProvisioningPlan plan(Onboarding onboarding) {
        return planner.plan(onboarding, List.of());
    }

    private static Onboarding onboarding(OnboardingInputs inputs) {
        return new Onboarding(OnboardingId.random(), new OrganizationId("org"), OnboardingState.APPROVED, inputs,
                "ext", 1, 1, Instant.now(), Instant.now());
    }
}
