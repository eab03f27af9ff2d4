package com.byoconboard.provisioning;

import com.byoconboard.iac.IacGenerator;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.AccountKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Onboardings as support would hand them to provisioning: filled in, submitted and approved. */
final class TestOnboardings {

    static final OrganizationId ORG = new OrganizationId("sandbox-org");
    static final String ACCOUNT = "210987654321";
    /** The role our template creates in ACCOUNT; inputs name it before it exists, as a customer may type it early. */
    static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/ClickHouseManagementRole";
    static final List<String> AZ_IDS = List.of("use1-az1", "use1-az2", "use1-az4");

    private TestOnboardings() {
    }

    static OnboardingInputs newVpc(OnboardingInputs in) {
        return in.withAccount(a -> new OnboardingInputs.Account(ACCOUNT, "platform@example.com", "Example Corp",
                        AccountKind.DEDICATED))
                .withRegion("us-east-1")
                .withBootstrapRole(r -> r.withRoleArn(ROLE_ARN))
                .withNetwork(n -> n.withMode(VpcMode.NEW_VPC).withVpcCidr("10.0.0.0/16").withAzIds(AZ_IDS))
                // ALLOW-006: a public endpoint needs an allow-list entry.
                .withConnectivity(c -> c.withAllowList(List.of("203.0.113.0/24")));
    }

    /** Signs the test's thread in as someone who fills in ORG's onboardings and also acts as support. */
    static void signIn() {
        TestLogins.signIn("provisioning-test", ORG, Role.CUSTOMER, Role.SUPPORT);
    }

    /**
     * Filled in, then the customer creates the bootstrap role from our CloudFormation template in the emulated
     * account (as its administrator) and enters the stack's RoleArn output, then submitted and approved.
     */
    static Onboarding approved(OnboardingService onboardings, IacGenerator iac, UnaryOperator<OnboardingInputs> inputs) {
        return approved(onboardings, inputs, fromTemplate(iac));
    }

    /** The same with the role created by {@code createRole} (e.g. {@link MotoFixture#roleFromTerraform}). */
    static Onboarding approved(OnboardingService onboardings, UnaryOperator<OnboardingInputs> inputs,
                               Function<Onboarding, String> createRole) {
        var draft = withRole(onboardings, inputs, createRole);
        draft = onboardings.submit(ORG, draft.id(), draft.version());
        return onboardings.moveTo(draft.id(), OnboardingState.APPROVED);
    }

    /** A draft filled in, with the role {@code createRole} made for it (moto answers HTTP 500 for a missing role). */
    static Onboarding withRole(OnboardingService onboardings, UnaryOperator<OnboardingInputs> inputs,
                               Function<Onboarding, String> createRole) {
        var draft = onboardings.create(ORG);
        draft = onboardings.editDraft(ORG, draft.id(), draft.version(), inputs);
        // The template carries the onboarding's ExternalId, so the role can only be created once the draft exists.
        String roleArn = createRole.apply(draft);
        return onboardings.editDraft(ORG, draft.id(), draft.version(),
                in -> in.withBootstrapRole(r -> r.withRoleArn(roleArn)));
    }

    /** A new-VPC onboarding {@link #approved} and provisioned until it is READY (the run as it ends, with its resources). */
    static Onboarding ready(OnboardingService onboardings, IacGenerator iac, ProvisioningService provisioning) {
        var id = approved(onboardings, iac, TestOnboardings::newVpc).id();
        provisioning.start(id);
        awaitState(onboardings, provisioning, id, OnboardingState.READY);
        return onboardings.getForVendor(id);
    }

    /** Waits up to a minute for the onboarding to reach {@code state}; on time-out fails with the run's steps and log. */
    static void awaitState(OnboardingService onboardings, ProvisioningService provisioning, OnboardingId id,
                           OnboardingState state) {
        ProvisioningRunIT.await(provisioning, () -> onboardings.getForVendor(id).state() == state, id, state.name());
    }

    /** The customer's administrator deploys our CloudFormation template: {@link MotoFixture#roleFromTemplate}. */
    static Function<Onboarding, String> fromTemplate(IacGenerator iac) {
        return onboarding -> MotoFixture.roleFromTemplate(iac, onboarding);
    }
}
