package com.byoconboard.iac;

import com.byoconboard.iac.cloudformation.Cfn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the role's policies back from the rendered CloudFormation and checks least privilege on them. */
class BootstrapRolePolicyTest {

    @ParameterizedTest(name = "VPC write {0}, IAM roles {1}")
    @CsvSource({"true,true", "false,false"})
    void noStatementGrantsEverythingAndOnlyRoute53IsWildcardedOnEveryResource(boolean vpcWrite, boolean iamRoles) {
        for (JsonNode statement : statements(vpcWrite, iamRoles)) {
            List<String> actions = texts(statement.get("Action"));
            assertThat(actions).doesNotContain("*", "*:*");
            if (texts(statement.get("Resource")).contains("*")) {
                assertThat(actions).as(statement.get("Sid").asString())
                        .allSatisfy(a -> assertThat(a.endsWith(":*") && !a.equals("route53:*")).isFalse());
            }
        }
    }

    @ParameterizedTest(name = "VPC write {0}, IAM roles {1}")
    @CsvSource({"true,true", "false,false"})
    void eksActionsReachOnlyResourcesNamedWithThePrefix(boolean vpcWrite, boolean iamRoles) {
        var eks = statements(vpcWrite, iamRoles).stream()
                .filter(s -> texts(s.get("Action")).stream().anyMatch(a -> a.startsWith("eks:")))
                .toList();
        assertThat(eks).isNotEmpty().allSatisfy(s -> {
            assertThat(texts(s.get("Action"))).allMatch(a -> a.startsWith("eks:") && !a.contains("*"));
            assertThat(texts(s.get("Resource"))).isNotEmpty().allMatch(r -> r.matches(
                    "arn:\\$\\{AWS::Partition}:eks:\\*:\\$\\{AWS::AccountId}:[a-z-]+/\\$\\{ResourceNamePrefix}\\*(/\\*)?"));
        });
        assertThat(template(true, true).get("Parameters").get("ResourceNamePrefix").get("Default").asString())
                .isEqualTo("clickhouse-cloud");
    }

    @ParameterizedTest(name = "VPC write {0}, IAM roles {1}")
    @CsvSource({"true,true", "false,true", "true,false"})
    void eachLeastPrivilegeSwitchRemovesItsWholePolicy(boolean vpcWrite, boolean iamRoles) {
        var resources = template(vpcWrite, iamRoles).get("Resources");
        assertThat(resources.get("VpcWritePolicy").get("Condition").asString()).isEqualTo("AllowVpcWriteEnabled");
        assertThat(resources.get("IamRolesPolicy").get("Condition").asString()).isEqualTo("AllowIamRoleCreationEnabled");
        var parameters = template(vpcWrite, iamRoles).get("Parameters");
        assertThat(parameters.get("AllowVpcWrite").get("Default").asString()).isEqualTo(String.valueOf(vpcWrite));
        assertThat(parameters.get("AllowIamRoleCreation").get("Default").asString()).isEqualTo(String.valueOf(iamRoles));
    }

    private static JsonNode template(boolean vpcWrite, boolean iamRoles) {
        var onboarding = IacFixtures.onboarding(in -> IacFixtures.example().inputs()
                .withBootstrapRole(r -> r.withAllowVpcWrite(vpcWrite).withAllowIamRoleCreation(iamRoles)));
        return Cfn.parse(IacFixtures.GENERATOR.bootstrapRole(onboarding).cloudFormation().content());
    }

    private static List<JsonNode> statements(boolean vpcWrite, boolean iamRoles) {
        var statements = new ArrayList<JsonNode>();
        template(vpcWrite, iamRoles).get("Resources").forEach(resource -> {
            if (resource.get("Type").asString().equals("AWS::IAM::Policy")) {
                resource.get("Properties").get("PolicyDocument").get("Statement").forEach(statements::add);
            }
        });
        assertThat(statements).hasSizeGreaterThan(5);
        return statements;
    }

    /** Strings of a list whose items are plain strings or {@code Fn::Sub} templates. */
    private static List<String> texts(JsonNode list) {
        var result = new ArrayList<String>();
        list.forEach(item -> result.add(item.isString() ? item.asString() : item.get("Fn::Sub").asString()));
        return result;
    }
}
