package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.EmulatedAws;
import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.ControllerRole;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacProperties;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of our bootstrap role against what provisioning does: on moto with IAM enforced, the app
 * signs as a vendor user that may only assume roles, and the customer's role exists only as our CloudFormation
 * template or our Terraform module creates it (widened for moto: it checks resource ARNs for S3 only). A run for a
 * new VPC must reach READY with nothing but the role's rights, and its tear-down must leave nothing tagged: with
 * the role from either format, with a permissions boundary, and with IAM role creation kept by the customer.
 */
@SpringBootTest
@MotoBacked
class EnforcedIamRunIT {

    static final String BOUNDARY = "arn:aws:iam::" + TestOnboardings.ACCOUNT + ":policy/platform-boundary";

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

    private AwsProxy proxy;

    /** How the customer creates the role, and with which least-privilege option. */
    enum Variant { CLOUDFORMATION_TEMPLATE, TERRAFORM_MODULE, PERMISSIONS_BOUNDARY, NO_IAM_ROLE_CREATION }

    @BeforeEach
    void emptyAccount() {
        proxy = MotoFixture.fresh();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aNewVpcRunWithOnlyTheRightsOfOurRoleReachesReadyAndItsTearDownLeavesNothingTagged(Variant variant) {
        Function<Onboarding, String> createRole = switch (variant) {
            case TERRAFORM_MODULE -> onboarding -> MotoFixture.roleFromTerraform(iacProperties, onboarding);
            case CLOUDFORMATION_TEMPLATE, PERMISSIONS_BOUNDARY, NO_IAM_ROLE_CREATION -> TestOnboardings.fromTemplate(generator);
        };
        UnaryOperator<OnboardingInputs> options = switch (variant) {
            case CLOUDFORMATION_TEMPLATE, TERRAFORM_MODULE -> in -> in;
            case PERMISSIONS_BOUNDARY -> in -> in.withBootstrapRole(r -> r.withPermissionsBoundaryArn(boundaryPolicy()));
            case NO_IAM_ROLE_CREATION -> in -> in.withBootstrapRole(r -> r.withAllowIamRoleCreation(false));
        };
        Onboarding onboarding = TestOnboardings.approved(onboardings, in -> options.apply(TestOnboardings.newVpc(in)),
                createRole);
        assertThat(onboarding.inputs().bootstrapRole().roleArn()).isEqualTo(TestOnboardings.ROLE_ARN);
        assertThat(aws.vendorSts(MotoFixture.REGION).getCallerIdentity().arn())
                .isEqualTo("arn:aws:iam::" + EmulatedAws.VENDOR_ACCOUNT + ":user/" + EmulatedAws.VENDOR_USER);

        provisioning.start(onboarding.id());
        awaitState(onboarding, OnboardingState.READY);
        assertThat(ProvisioningRunIT.counts(ProvisioningRunIT.tagged(aws, onboarding)))
                .isEqualTo(ProvisioningRunIT.plannedCounts(provisioning.plan(onboarding)));
        switch (variant) {
            case PERMISSIONS_BOUNDARY -> assertThat(controllerRoleBoundaries(onboarding)).containsOnly(BOUNDARY);
            case NO_IAM_ROLE_CREATION -> {
                assertThat(proxy.calls("CreateRole")).as("provisioning creates no role").isEmpty();
                assertThat(controllerRoleBoundaries(onboarding)).hasSize(ControllerRole.ALL.size());
            }
            case CLOUDFORMATION_TEMPLATE, TERRAFORM_MODULE -> { }
        }

        provisioning.tearDown(onboarding.id());
        awaitState(onboarding, OnboardingState.TORN_DOWN);
        assertThat(ProvisioningRunIT.tagged(aws, onboarding)).isEmpty();
        if (variant == Variant.NO_IAM_ROLE_CREATION) {
            assertThat(controllerRoleBoundaries(onboarding)).as("the customer's stack owns its roles")
                    .hasSize(ControllerRole.ALL.size());
        }
    }

    /** The customer's administrator creates the boundary policy their organization requires. */
    private String boundaryPolicy() {
        try (var account = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            return account.iam().createPolicy(r -> r.policyName("platform-boundary").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""")).policy().arn();
        }
    }

    /** Each existing controller role's permissions boundary ARN ("" for none), as the administrator sees it. */
    private java.util.List<String> controllerRoleBoundaries(Onboarding onboarding) {
        var names = Blueprint.of(onboarding).names();
        try (var account = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            return ControllerRole.ALL.stream().map(role -> account.iam().getRole(r -> r.roleName(names.role(role))).role())
                    .map(r -> r.permissionsBoundary() == null ? "" : r.permissionsBoundary().permissionsBoundaryArn())
                    .toList();
        }
    }

    private void awaitState(Onboarding onboarding, OnboardingState state) {
        ProvisioningRunIT.await(provisioning, () -> onboardings.getForVendor(onboarding.id()).state() == state,
                onboarding.id(), "onboarding state " + state);
    }
}
