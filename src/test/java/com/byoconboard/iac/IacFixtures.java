package com.byoconboard.iac;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.Translations;

import org.springframework.mock.env.MockEnvironment;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Onboardings and settings the iac tests render from: ordinary, Japanese, hostile characters, and empty. */
final class IacFixtures {

    static final String VENDOR_ACCOUNT = "111122223333";
    static final String EXTERNAL_ID = "0123456789abcdef0123456789abcdef";

    static final IacProperties PROPERTIES = new IacProperties(VENDOR_ACCOUNT, "ClickHouseManagementRole",
            Map.of("managed-by", "byoc-onboard"), URI.create("https://onboard.example.com/"), "", null);

    /** Renders without AWS: no template bucket, so quick-create links name the app's template URL. */
    static final IacGenerator GENERATOR = new IacGenerator(PROPERTIES, new TemplatePublisher(PROPERTIES,
            new PublicBaseUrl(PROPERTIES, new MockEnvironment()), () -> {
                throw new IllegalStateException("no S3 without a template bucket");
            }), new Translations());

    private static final Onboarding EXAMPLE = example();

    private IacFixtures() {
    }

    static Onboarding onboarding(UnaryOperator<OnboardingInputs> inputs) {
        var now = Instant.parse("2026-11-25T10:00:00Z");
        return new Onboarding(OnboardingId.random(), new OrganizationId("org-1"), OnboardingState.DRAFT,
                inputs.apply(OnboardingInputs.initial()), EXTERNAL_ID, 1, 0, now, now);
    }

    static Onboarding example() {
        return onboarding(in -> in
                .withAccount(a -> a.withAccountId("123456789012").withOrganizationName("Example Corp"))
                .withRegion("us-east-1")
                .withNetwork(n -> n.withVpcCidr("10.0.0.0/16").withAzIds(List.of("use1-az1", "use1-az2", "use1-az4"))));
    }

    /** One draft, always the same, with the VPC CIDR {@code vpcCidr}: as a page sees it after the customer typed it. */
    static Onboarding exampleWithCidr(String vpcCidr) {
        return new Onboarding(EXAMPLE.id(), EXAMPLE.organizationId(), EXAMPLE.state(),
                EXAMPLE.inputs().withNetwork(n -> n.withVpcCidr(vpcCidr)), EXAMPLE.externalId(), EXAMPLE.revision(),
                EXAMPLE.version(), EXAMPLE.createdAt(), EXAMPLE.updatedAt());
    }

    /** Every input set the lint tests render; each differs in what it stresses. */
    static Map<String, Onboarding> inputSets() {
        return Map.of(
                "example", example(),
                "japanese", onboarding(in -> in
                        .withAccount(a -> a.withOrganizationName("株式会社サンプル データ基盤"))
                        .withRegion("ap-northeast-1")
                        .withBootstrapRole(r -> r.withAllowVpcWrite(false).withAllowIamRoleCreation(false)
                                .withPermissionsBoundaryArn("arn:aws:iam::123456789012:policy/platform-boundary"))
                        .withNetwork(n -> n.withVpcCidr("10.20.0.0/20").withAzIds(List.of("apne1-az1", "apne1-az2", "apne1-az4")))),
                "odd", onboarding(in -> in
                        .withAccount(a -> a.withOrganizationName("Acme \"Quotes\" \\ back ${var.evil} %{ if true } $ 'x' \n: - !Ref # 100%"))
                        .withRegion("eu-west-1")
                        .withBootstrapRole(r -> r.withPermissionsBoundaryArn("arn:aws:iam::1:policy/x\"${y}\\z$"))
                        .withNetwork(n -> n.withVpcCidr("172.16.0.0/21").withAzIds(List.of("euw1-az1", "euw1-az2", "euw1-az3")))),
                "empty", onboarding(in -> in));
    }
}
