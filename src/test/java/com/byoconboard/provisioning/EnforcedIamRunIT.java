package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.EmulatedAws;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacProperties;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of our bootstrap role against what provisioning does: on moto with IAM enforced, the app
 * signs as a vendor user that may only assume roles, and the customer's role exists only as our CloudFormation
 * template or our Terraform module creates it (widened for moto: it checks resource ARNs for S3 only). A run for a
 * new VPC must reach READY with nothing but the role's rights, and its tear-down must leave nothing tagged.
 */
@SpringBootTest
@MotoBacked
class EnforcedIamRunIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;
    @Autowired
    IacGenerator generator;
    @Autowired
    IacProperties iacProperties;

    /** How the customer creates the role. */
    enum RoleFrom { CLOUDFORMATION_TEMPLATE, TERRAFORM_MODULE }

    @BeforeEach
    void emptyAccount() {
        MotoFixture.fresh();
    }

    @ParameterizedTest
    @EnumSource(RoleFrom.class)
    void aNewVpcRunWithOnlyTheRightsOfOurRoleReachesReadyAndItsTearDownLeavesNothingTagged(RoleFrom from) {
        Function<Onboarding, String> createRole = switch (from) {
            case CLOUDFORMATION_TEMPLATE -> TestOnboardings.fromTemplate(generator);
            case TERRAFORM_MODULE -> onboarding -> MotoFixture.roleFromTerraform(iacProperties, onboarding);
        };
        Onboarding onboarding = TestOnboardings.approved(onboardings, TestOnboardings::newVpc, createRole);
        assertThat(onboarding.inputs().bootstrapRole().roleArn()).isEqualTo(TestOnboardings.ROLE_ARN);
        assertThat(aws.vendorSts(MotoFixture.REGION).getCallerIdentity().arn())
                .isEqualTo("arn:aws:iam::" + EmulatedAws.VENDOR_ACCOUNT + ":user/" + EmulatedAws.VENDOR_USER);

        provisioning.start(onboarding.id());
        awaitState(onboarding, OnboardingState.READY);
        assertThat(ProvisioningRunIT.counts(ProvisioningRunIT.tagged(aws, onboarding)))
                .isEqualTo(ProvisioningRunIT.plannedCounts(provisioning.plan(onboarding)));

        provisioning.tearDown(onboarding.id());
        awaitState(onboarding, OnboardingState.TORN_DOWN);
        assertThat(ProvisioningRunIT.tagged(aws, onboarding)).isEmpty();
    }

    private void awaitState(Onboarding onboarding, OnboardingState state) {
        ProvisioningRunIT.await(provisioning, () -> onboardings.getForVendor(onboarding.id()).state() == state,
                onboarding.id(), "onboarding state " + state);
    }
}
