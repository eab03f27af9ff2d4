package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.CustomerRole;
import com.byoconboard.deployment.IamPolicy;
import com.byoconboard.deployment.PolicySwitch;
import com.byoconboard.deployment.RolePolicy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.aws.MotoServer;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.testing.RenderedRolePolicy;
import com.byoconboard.testing.RequiredTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pre-flight proves the role before anything is created: a role made from our template with any one statement
 * removed fails the permissions check, naming each (action, resource) that statement alone granted.
 * <p>
 * moto answers {@code iam:SimulatePrincipalPolicy} with HTTP 500, so this exercises pre-flight's other path: the
 * role's own policies read back from IAM and evaluated against the plan. The role must keep its statements
 * scoped exactly as on AWS (widened, another statement would cover the removed one), and an enforcing moto denies
 * every scoped IAM statement (it evaluates IAM requests against "*"), so pre-flight could not even read the role:
 * this test runs on its own moto without enforcement.
 */
@SpringBootTest
@ActiveProfiles("test")
class PreflightNamesEveryMissingPermissionIT {

    private static final MotoServer MOTO = MotoServer.start();

    @DynamicPropertySource
    static void plainMoto(DynamicPropertyRegistry registry) {
        RequiredTool.require(MotoServer.EXECUTABLE, "Install moto: pip install 'moto[server]'");
        registry.add("byoc.aws.endpoint", () -> MOTO.endpoint().toString());
    }

    @AfterAll
    static void stopMoto() {
        MOTO.close();
    }

    @BeforeEach
    void signIn() {
        MOTO.reset();
        TestOnboardings.signIn();
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OnboardingService onboardings;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    IacGenerator iac;
    @Autowired
    AwsClients aws;

    static Stream<Arguments> statements() {
        return Arrays.stream(PolicySwitch.values()).flatMap(s -> RolePolicy.statements(s).stream()
                .map(statement -> Arguments.of(s, statement.sid())));
    }

    @ParameterizedTest(name = "without {1} ({0})")
    @MethodSource("statements")
    void aRoleMissingOneStatementFailsPreflightNamingWhatItLacks(PolicySwitch policySwitch, String sid) {
        var withoutStatement = new java.util.ArrayList<IamPolicy>();
        // A new VPC peered with another: every statement of the role has a call of this plan to grant.
        var onboarding = TestOnboardings.approved(onboardings, in -> PeeringRunIT.peered(in, "vpc-0123456789abcdef0"),
                draft -> createRoleWithout(draft, sid, withoutStatement));
        var lacking = IamPolicy.combined(withoutStatement);
        var expected = provisioning.plan(onboarding).requiredPermissions().stream()
                .filter(p -> lacking.evaluate(p) != IamPolicy.Decision.ALLOWED).toList();
        assertThat(expected).as("calls only %s grants", sid).isNotEmpty();

        var report = provisioning.preflight(onboarding.id());

        var permissions = report.checks().stream().filter(c -> c.check().equals(PermissionCheck.CHECK)).findFirst().orElseThrow();
        assertThat(permissions.status()).isEqualTo(CheckResult.Status.FAIL);
        assertThat(permissions.evidence().args().get(0)).isEqualTo(String.valueOf(expected.size()));
        assertThat(expected).allSatisfy(p -> assertThat(p.statement()).isEqualTo(sid));
        assertThat(permissions.evidence().args().get(1)).contains(expected.stream().map(p -> p + " → " + sid).toList());
        assertThat(provisioning.progress(onboarding.id()).resources()).isEmpty();
    }

    /** The customer's administrator creates the role with our template's policies, less the statement {@code sid}. */
    private String createRoleWithout(Onboarding draft, String sid, List<IamPolicy> withoutStatement) {
        var documents = new RenderedRolePolicy(iac.bootstrapRole(draft).cloudFormation().content(),
                TestOnboardings.ACCOUNT).documents();
        // Without enforcement moto lets any caller act in the account it assumed a role in, existing or not.
        var admin = new CustomerRole("arn:aws:iam::" + TestOnboardings.ACCOUNT + ":role/OrganizationAccountAccessRole",
                "admin", "byoc-test-admin");
        try (var account = aws.customer(admin, "us-east-1")) {
            var iam = account.iam();
            iam.createRole(r -> r.roleName("ClickHouseManagementRole").assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}"));
            documents.forEach((name, document) -> {
                var copy = (ObjectNode) document.deepCopy();
                var statements = (ArrayNode) copy.get("Statement");
                for (int i = statements.size() - 1; i >= 0; i--) {
                    if (statements.get(i).get("Sid").asString().equals(sid)) {
                        statements.remove(i);
                    }
                }
                if (!statements.isEmpty()) {
                    String json = JSON.writeValueAsString(copy);
                    withoutStatement.add(IamPolicy.parse(json));
                    iam.putRolePolicy(r -> r.roleName("ClickHouseManagementRole").policyName(name).policyDocument(json));
                }
            });
        }
        return TestOnboardings.ROLE_ARN;
    }
}
