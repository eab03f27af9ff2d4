package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupportHandoverTest {

    @Test
    void aNewVpcNeedsNoHandover() {
        assertThat(SupportHandover.of(OnboardingInputs.initial())).isEmpty();
    }

    @Test
    void anExistingVpcHandsOverAccountRegionVpcSubnetsAndTheirZonesInOneBlock() {
        var inputs = OnboardingInputs.initial().withRegion("us-east-1")
                .withAccount(a -> a.withAccountId("123456789012"))
                .withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withExistingVpcId("vpc-0abc")
                        .withExistingSubnets(List.of(new ExistingSubnet("subnet-1", "use1-az1", "10.0.0.0/23"),
                                new ExistingSubnet("subnet-2", "use1-az2", "10.0.2.0/23"),
                                new ExistingSubnet("subnet-3", "use1-az4", "10.0.4.0/23"))));
        var handover = SupportHandover.of(inputs).orElseThrow();
        assertThat(handover.availabilityZones()).containsExactly("use1-az1", "use1-az2", "use1-az4");
        assertThat(handover.text()).contains("AWS account ID: 123456789012", "Region: us-east-1", "VPC ID: vpc-0abc",
                "Subnet IDs: subnet-1, subnet-2, subnet-3", "Availability zones: use1-az1, use1-az2, use1-az4",
                "subnet-2 in use1-az2");
    }
}
