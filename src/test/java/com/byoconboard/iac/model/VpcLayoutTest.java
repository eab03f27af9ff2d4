package com.byoconboard.iac.model;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VpcLayoutTest {

    static final Vendor VENDOR = new Vendor("111122223333", "ClickHouseManagementRole", Map.of(), "clickhouse-cloud");

    @Test
    void threeQuartersBecomePrivateSubnetsInTheChosenAzIdsAndTheLastQuarterHoldsThePublicOnes() {
        var layout = ((VpcLayout.Ready) VpcLayout.of(VENDOR, network("10.0.0.0/16", "use1-az1", "use1-az2", "use1-az4"))).layout();
        assertThat(layout.privateSubnets()).containsExactly(
                new VpcLayout.Subnet(1, "use1-az1", "10.0.0.0/18"),
                new VpcLayout.Subnet(2, "use1-az2", "10.0.64.0/18"),
                new VpcLayout.Subnet(3, "use1-az4", "10.0.128.0/18"));
        assertThat(layout.publicSubnets()).extracting(VpcLayout.Subnet::cidr)
                .containsExactly("10.0.192.0/20", "10.0.208.0/20", "10.0.224.0/20");
        assertThat(layout.tags()).containsEntry(VpcLayout.BYOC_TAG, "true");
    }

    @Test
    void theSmallestVpcStillGivesPrivateSubnetsOfSlash23() {
        var layout = ((VpcLayout.Ready) VpcLayout.of(VENDOR, network("172.16.8.0/21", "a", "b", "c"))).layout();
        assertThat(layout.privateSubnets()).extracting(VpcLayout.Subnet::cidr)
                .containsExactly("172.16.8.0/23", "172.16.10.0/23", "172.16.12.0/23");
    }

    @Test
    void aCidrThatIsTooSmallMalformedOrNotANetworkAddressOrTheWrongNumberOfAzIdsGivesTheReason() {
        assertThat(reason(network("10.0.0.0/22", "a", "b", "c"))).isEqualTo("iac.vpc.unavailable.size");
        assertThat(reason(network("10.0.0.0/8", "a", "b", "c"))).isEqualTo("iac.vpc.unavailable.size");
        assertThat(reason(network("10.0.0.300/16", "a", "b", "c"))).isEqualTo("iac.vpc.unavailable.cidr");
        assertThat(reason(network("10.0.0.5/16", "a", "b", "c"))).isEqualTo("iac.vpc.unavailable.cidr");
        assertThat(reason(network("10.0.0.0/16", "a", "b"))).isEqualTo("iac.vpc.unavailable.azIds");
        assertThat(reason(network("10.0.0.0/16", "a", "a", "b"))).isEqualTo("iac.vpc.unavailable.azIds");
    }

    private static String reason(Onboarding onboarding) {
        return ((VpcLayout.NotReady) VpcLayout.of(VENDOR, onboarding)).reason().messageKey();
    }

    private static Onboarding network(String cidr, String... azIds) {
        var inputs = OnboardingInputs.initial().withNetwork(n -> n.withVpcCidr(cidr).withAzIds(List.of(azIds)));
        return new Onboarding(OnboardingId.random(), new OrganizationId("o"), OnboardingState.DRAFT, inputs, "x", 1, 0,
                Instant.EPOCH, Instant.EPOCH);
    }
}
