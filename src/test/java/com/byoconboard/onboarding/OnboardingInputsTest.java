package com.byoconboard.onboarding;

import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingInputsTest {

    @Test
    void aNewDraftHasTheGuidesDefaults() {
        var inputs = OnboardingInputs.initial();

        assertThat(inputs.network().vpcCidr()).isEqualTo("10.0.0.0/16");
        assertThat(inputs.network().mode()).isEqualTo(OnboardingInputs.VpcMode.NEW_VPC);
        assertThat(inputs.account().kind()).isEqualTo(OnboardingInputs.AccountKind.DEDICATED);
        assertThat(inputs.maintenance().weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(inputs.maintenance().startTime()).isEqualTo("01:00");
        assertThat(inputs.maintenance().timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(inputs.connectivity().allowList()).isEmpty();
    }

    @Test
    void editingTheThirdSubnetOfAnEmptyListFillsTheRowsBeforeIt() {
        var inputs = OnboardingInputs.initial()
                .withNetwork(n -> n.withExistingSubnet(2, s -> s.withCidr("10.0.4.0/23")));

        assertThat(inputs.network().existingSubnets())
                .containsExactly(ExistingSubnet.EMPTY, ExistingSubnet.EMPTY, new ExistingSubnet("", "", "10.0.4.0/23"));
    }

    @Test
    void editingOnePeerLeavesTheOthersAlone() {
        var inputs = OnboardingInputs.initial()
                .withConnectivity(c -> c.withPeer(0, p -> p.withCidr("172.16.0.0/16")))
                .withConnectivity(c -> c.withPeer(1, p -> p.withVpcId("vpc-1")))
                .withConnectivity(c -> c.withPeer(0, p -> p.withAccountId("210987654321")));

        assertThat(inputs.connectivity().peers()).containsExactly(
                new VpcPeer("210987654321", "", "172.16.0.0/16"), new VpcPeer("", "vpc-1", ""));
    }

    @Test
    void missingPartsReadFromOlderStoredDraftsBecomeDefaultsNotNulls() {
        var inputs = new OnboardingInputs(null, null, null, null, null, null);

        assertThat(inputs).isEqualTo(OnboardingInputs.initial());
        assertThat(new OnboardingInputs.Account(null, null, null, null).accountId()).isEmpty();
    }

    @Test
    void addingAPeerSwitchesPeeringOnAndRemovingTheLastSwitchesItOff() {
        var a = new VpcPeer("111122223333", "vpc-0a", "172.16.0.0/16");
        var b = new VpcPeer("111122223333", "vpc-0b", "172.17.0.0/16", "eu-west-1");
        var none = OnboardingInputs.initial().connectivity();

        var one = none.withPeerAdded(a);
        assertThat(one.peeringEnabled()).isTrue();
        assertThat(one.withPeerAdded(b).activePeers()).containsExactly(a, b);
        assertThat(one.withPeerAdded(b).withoutPeer("vpc-0a").activePeers()).containsExactly(b);
        assertThat(one.withoutPeer("vpc-0a").peeringEnabled()).isFalse();
        assertThat(one.withoutPeer("vpc-0a").peers()).isEmpty();
    }
}
