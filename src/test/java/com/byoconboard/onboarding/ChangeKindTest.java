package com.byoconboard.onboarding;

import com.byoconboard.onboarding.ChangeRefusedException.Reason;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which day-2 change an edit is, who reviews it, and what is refused whatever the values. */
class ChangeKindTest {

    static final OnboardingInputs READY = OnboardingInputs.initial().withRegion("us-east-1")
            .withNetwork(n -> n.withVpcCidr("10.0.0.0/16").withAzIds(List.of("use1-az1", "use1-az2", "use1-az4")))
            .withConnectivity(c -> c.withAllowList(List.of("203.0.113.0/24")));

    static final OnboardingInputs EXISTING = OnboardingInputs.initial().withRegion("us-east-1")
            .withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withExistingVpcId("vpc-0123456789abcdef0")
                    .withExistingVpcCidr("10.1.0.0/16")
                    .withExistingSubnets(List.of(new ExistingSubnet("subnet-0a", "use1-az1", "10.1.0.0/20"))));

    @Test
    void onlySubnetsOfAnExistingVpcGoToSupportForReview() {
        assertThat(ChangeKind.ALLOW_LIST.review()).isEqualTo(ChangeKind.Review.NONE);
        assertThat(ChangeKind.MAINTENANCE_WINDOW.review()).isEqualTo(ChangeKind.Review.NONE);
        assertThat(ChangeKind.PEERS.review()).isEqualTo(ChangeKind.Review.NONE);
        assertThat(ChangeKind.SUBNETS.review()).isEqualTo(ChangeKind.Review.SUPPORT);
    }

    @Test
    void eachSettingIsItsOwnKindOfChange() {
        assertThat(kindOf(READY, in -> in.withConnectivity(c -> c.withAllowList(List.of("198.51.100.7")))))
                .isEqualTo(ChangeKind.ALLOW_LIST);
        assertThat(kindOf(READY, in -> in.withMaintenance(m -> m.withWeekday(DayOfWeek.SUNDAY))))
                .isEqualTo(ChangeKind.MAINTENANCE_WINDOW);
        assertThat(kindOf(READY, in -> in.withConnectivity(c -> c.withPeerAdded(
                new VpcPeer("111122223333", "vpc-0fedcba9876543210", "172.16.0.0/16", "")))))
                .isEqualTo(ChangeKind.PEERS);
        assertThat(kindOf(EXISTING, in -> in.withNetwork(n -> n.withExistingSubnets(List.of(
                new ExistingSubnet("subnet-0a", "use1-az1", "10.1.0.0/20"),
                new ExistingSubnet("subnet-0b", "use1-az2", "10.1.16.0/20"))))))
                .isEqualTo(ChangeKind.SUBNETS);
    }

    @Test
    void theRegionAndTheVpcCidrAreRefusedWhateverElseChanges() {
        assertRefused(READY, in -> in.withRegion("eu-west-1"), Reason.REGION);
        assertRefused(READY, in -> in.withNetwork(n -> n.withVpcCidr("10.8.0.0/16")), Reason.VPC_CIDR);
        assertRefused(EXISTING, in -> in.withNetwork(n -> n.withExistingVpcCidr("10.2.0.0/16")), Reason.VPC_CIDR);
        assertRefused(READY, in -> in.withRegion("eu-west-1").withConnectivity(c -> c.withAllowList(List.of())),
                Reason.REGION);
    }

    @Test
    void otherSettingsSeveralKindsAtOnceAndNoChangeAreRefused() {
        assertRefused(READY, in -> in.withAccount(a -> a.withAccountId("999999999999")), Reason.NOT_CHANGEABLE);
        assertRefused(READY, in -> in.withNetwork(n -> n.withExistingSubnets(List.of(
                new ExistingSubnet("subnet-0a", "use1-az1", "10.0.0.0/20")))), Reason.NOT_CHANGEABLE);
        assertRefused(READY, in -> in.withConnectivity(c -> c.withAllowList(List.of()))
                .withMaintenance(m -> m.withStartTime("03:00")), Reason.SEVERAL_KINDS);
        assertRefused(READY, in -> in, Reason.NOTHING_CHANGED);
    }

    @Test
    void carryingAChangeTakesOnlyItsOwnPart() {
        var proposed = READY.withConnectivity(c -> c.withAllowList(List.of("198.51.100.7")));
        var meanwhile = READY.withMaintenance(m -> m.withStartTime("04:00"));
        var applied = ChangeKind.ALLOW_LIST.carry(meanwhile, proposed);
        assertThat(applied.connectivity().allowList()).containsExactly("198.51.100.7");
        assertThat(applied.maintenance().startTime()).isEqualTo("04:00");
    }

    private static ChangeKind kindOf(OnboardingInputs current, UnaryOperator<OnboardingInputs> edit) {
        return ChangeKind.of(current, edit.apply(current));
    }

    private static void assertRefused(OnboardingInputs current, UnaryOperator<OnboardingInputs> edit, Reason reason) {
        assertThatThrownBy(() -> kindOf(current, edit)).isInstanceOfSatisfying(ChangeRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
