package com.byoconboard.iac;

import com.byoconboard.deployment.ArnPattern;
import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.AccountReads;
import com.byoconboard.deployment.ControllerPermissions;
import com.byoconboard.deployment.IamPolicy;
import com.byoconboard.deployment.Permission;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.testing.RenderedRolePolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role a customer deploys from our CloudFormation template permits exactly what provisioning does: for every
 * combination of the least-privilege options, each (action, resource ARN, condition) the applicable steps call is
 * allowed by the template's policies as CloudFormation would create them, and the policies grant nothing that no
 * step declares except the controller's listed extras.
 */
class BootstrapRolePermitsExactlyTheStepsTest {

    static final String ACCOUNT = "123456789012";
    static final String BOUNDARY = "arn:aws:iam::123456789012:policy/platform-boundary";

    static Stream<Arguments> optionCombinations() {
        var combinations = new ArrayList<Arguments>();
        for (boolean vpcWrite : List.of(true, false)) {
            for (boolean iamRoles : List.of(true, false)) {
                for (String boundary : List.of("", BOUNDARY)) {
                    for (VpcMode mode : VpcMode.values()) {
                        if (mode == VpcMode.NEW_VPC && !vpcWrite) {
                            continue; // ROLE-004 refuses it before any template is used.
                        }
                        for (String prefix : List.of("clickhouse-cloud", "acme-data")) {
                            combinations.add(Arguments.of(vpcWrite, iamRoles, boundary, mode, prefix));
                        }
                    }
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "VPC write {0}, IAM roles {1}, boundary \"{2}\", {3}, prefix {4}")
    @MethodSource("optionCombinations")
    void everyCallTheApplicableStepsMakeIsAllowedByTheDeployedPolicy(boolean vpcWrite, boolean iamRoles,
                                                                      String boundary, VpcMode mode, String prefix) {
        Onboarding onboarding = onboarding(vpcWrite, iamRoles, boundary, mode, prefix);
        IamPolicy deployed = rendered(onboarding).policy();

        var required = Blueprint.of(onboarding).requiredPermissions(IacFixtures.PROPERTIES.roleName());
        assertThat(required).hasSizeGreaterThan(50);
        assertThat(required).allSatisfy(call ->
                assertThat(deployed.evaluate(call)).as(call.toString() + " " + call.context())
                        .isEqualTo(IamPolicy.Decision.ALLOWED));
    }

    @ParameterizedTest(name = "VPC write {0}, IAM roles {1}, boundary \"{2}\", {3}, prefix {4}")
    @MethodSource("optionCombinations")
    void thePolicyGrantsNothingNoStepDeclaresExceptTheListedExtras(boolean vpcWrite, boolean iamRoles,
                                                                   String boundary, VpcMode mode, String prefix) {
        Onboarding onboarding = onboarding(vpcWrite, iamRoles, boundary, mode, prefix);
        var values = Map.of(ArnPattern.Placeholder.PARTITION, "aws", ArnPattern.Placeholder.ACCOUNT, ACCOUNT,
                ArnPattern.Placeholder.PREFIX, prefix,
                ArnPattern.Placeholder.BOOTSTRAP_ROLE_NAME, IacFixtures.PROPERTIES.roleName());
        Set<String> declared = new HashSet<>();
        for (StepKind step : StepKind.values()) {
            step.permissions().forEach(p -> declared.add(key(p, values)));
        }
        ControllerPermissions.EXTRAS.forEach(e -> e.permissions().forEach(p -> declared.add(key(p, values))));
        AccountReads.PERMISSIONS.forEach(p -> declared.add(key(p, values)));

        for (IamPolicy.Statement statement : rendered(onboarding).policy().statements()) {
            assertThat(statement.allow()).isTrue();
            for (String action : statement.actions()) {
                for (String resource : statement.resources()) {
                    assertThat(declared).as("%s %s", statement.sid(), action).contains(action + " " + resource);
                }
            }
        }
    }

    @ParameterizedTest(name = "VPC write {0}, IAM roles {1}, boundary \"{2}\", {3}, prefix {4}")
    @MethodSource("optionCombinations")
    void turningAnOptionOffTakesAwayExactlyItsPermissions(boolean vpcWrite, boolean iamRoles, String boundary,
                                                          VpcMode mode, String prefix) {
        var policy = rendered(onboarding(vpcWrite, iamRoles, boundary, mode, prefix)).policy();
        var actions = policy.statements().stream().flatMap(s -> s.actions().stream()).toList();
        assertThat(actions.contains("ec2:CreateVpc")).isEqualTo(vpcWrite);
        assertThat(actions.contains("iam:CreateRole")).isEqualTo(iamRoles);
    }

    private static String key(Permission p, Map<ArnPattern.Placeholder, String> values) {
        return p.action() + " " + p.scope().pattern().resolve(values);
    }

    private static RenderedRolePolicy rendered(Onboarding onboarding) {
        return new RenderedRolePolicy(IacFixtures.GENERATOR.bootstrapRole(onboarding).cloudFormation().content(), ACCOUNT);
    }

    static Onboarding onboarding(boolean vpcWrite, boolean iamRoles, String boundary, VpcMode mode, String prefix) {
        return IacFixtures.onboarding(in -> IacFixtures.example().inputs()
                .withAccount(a -> a.withAccountId(ACCOUNT))
                .withBootstrapRole(r -> r.withAllowVpcWrite(vpcWrite).withAllowIamRoleCreation(iamRoles)
                        .withPermissionsBoundaryArn(boundary).withResourceNamePrefix(prefix)
                        .withRoleArn("arn:aws:iam::" + ACCOUNT + ":role/" + IacFixtures.PROPERTIES.roleName()))
                .withNetwork(n -> mode == VpcMode.NEW_VPC ? n : n.withMode(VpcMode.EXISTING_VPC)
                        .withExistingVpcId("vpc-0abc").withExistingSubnets(List.of(
                                new OnboardingInputs.ExistingSubnet("subnet-1", "use1-az1", "10.0.0.0/23"),
                                new OnboardingInputs.ExistingSubnet("subnet-2", "use1-az2", "10.0.2.0/23"),
                                new OnboardingInputs.ExistingSubnet("subnet-3", "use1-az4", "10.0.4.0/23")))));
    }
}
