package com.byoconboard.deployment;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.NatGateways;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkPlanTest {

    @Test
    void threeQuartersBecomePrivateSubnetsInTheChosenAzIdsAndTheLastQuarterHoldsThePublicOnes() {
        var plan = ready("10.0.0.0/16", NatGateways.ONE_PER_AZ, "use1-az1", "use1-az2", "use1-az4");
        assertThat(plan.zones()).containsExactly(
                new NetworkPlan.Zone(1, "use1-az1", "10.0.0.0/18", "10.0.192.0/20"),
                new NetworkPlan.Zone(2, "use1-az2", "10.0.64.0/18", "10.0.208.0/20"),
                new NetworkPlan.Zone(3, "use1-az4", "10.0.128.0/18", "10.0.224.0/20"));
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(ints = {16, 17, 18, 19, 20, 21})
    void everyAllowedSizeGivesPrivateSubnetsOfAtLeastSlash23ThatOverlapNothing(int prefix) {
        var plan = ready("10.0.0.0/" + prefix, NatGateways.ONE_PER_AZ, "a", "b", "c");
        var cidrs = plan.zones().stream().flatMap(z -> java.util.stream.Stream.of(z.privateCidr(), z.publicCidr())).toList();
        assertThat(plan.zones()).allSatisfy(z -> assertThat(prefixOf(z.privateCidr()))
                .isLessThanOrEqualTo(NetworkPlan.SMALLEST_SUBNET_PREFIX));
        for (int i = 0; i < cidrs.size(); i++) {
            assertThat(NetworkPlan.overlap(plan.vpcCidr(), cidrs.get(i))).isTrue();
            for (int j = i + 1; j < cidrs.size(); j++) {
                assertThat(NetworkPlan.overlap(cidrs.get(i), cidrs.get(j))).as(cidrs.get(i) + " / " + cidrs.get(j)).isFalse();
            }
        }
    }

    @Test
    void oneNatGatewayPerAzOrOneSharedAndEachPrivateRouteTableUsesItsOwnOrTheSharedOne() {
        var perAz = ready("10.0.0.0/16", NatGateways.ONE_PER_AZ, "a", "b", "c");
        assertThat(perAz.natGateways()).extracting(n -> n.zone().azId()).containsExactly("a", "b", "c");
        assertThat(perAz.routeTables()).extracting(NetworkPlan.RouteTable::defaultRoute).containsExactly(
                new NetworkPlan.ViaInternetGateway(), new NetworkPlan.ViaNatGateway(perAz.natGateways().get(0)),
                new NetworkPlan.ViaNatGateway(perAz.natGateways().get(1)),
                new NetworkPlan.ViaNatGateway(perAz.natGateways().get(2)));

        var shared = ready("10.0.0.0/16", NatGateways.SINGLE, "a", "b", "c");
        assertThat(shared.natGateways()).extracting(n -> n.zone().azId()).containsExactly("a");
        assertThat(shared.routeTables().subList(1, 4)).allSatisfy(t ->
                assertThat(t.defaultRoute()).isEqualTo(new NetworkPlan.ViaNatGateway(shared.natGateways().getFirst())));
        assertThat(shared.routeTables().getFirst().subnets())
                .containsExactly("subnet-public-a", "subnet-public-b", "subnet-public-c");
        assertThat(shared.s3EndpointRouteTables()).containsExactly("rtb-private-a", "rtb-private-b", "rtb-private-c");
    }

    @Test
    void aCidrThatIsTooSmallTooLargeMalformedOrNotANetworkAddressOrTheWrongNumberOfAzIdsGivesTheReason() {
        assertThat(reason("10.0.0.0/22", "a", "b", "c")).isEqualTo("iac.vpc.unavailable.size");
        assertThat(reason("10.0.0.0/8", "a", "b", "c")).isEqualTo("iac.vpc.unavailable.size");
        assertThat(reason("10.0.0.300/16", "a", "b", "c")).isEqualTo("iac.vpc.unavailable.cidr");
        assertThat(reason("10.0.0.5/16", "a", "b", "c")).isEqualTo("iac.vpc.unavailable.cidr");
        assertThat(reason("10.0.0.0/16", "a", "b")).isEqualTo("iac.vpc.unavailable.azIds");
        assertThat(reason("10.0.0.0/16", "a", "a", "b")).isEqualTo("iac.vpc.unavailable.azIds");
    }

    static NetworkPlan ready(String cidr, NatGateways nat, String... azIds) {
        return ((NetworkPlan.Ready) NetworkPlan.of(network(cidr, nat, azIds))).plan();
    }

    private static String reason(String cidr, String... azIds) {
        return ((NetworkPlan.NotReady) NetworkPlan.of(network(cidr, NatGateways.ONE_PER_AZ, azIds))).messageKey();
    }

    private static OnboardingInputs.Network network(String cidr, NatGateways nat, String... azIds) {
        return OnboardingInputs.initial().network().withVpcCidr(cidr).withAzIds(List.of(azIds)).withNatGateways(nat);
    }

    private static int prefixOf(String cidr) {
        return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    }
}
