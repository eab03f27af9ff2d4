package com.byoconboard.iac;

import com.byoconboard.iac.cloudformation.BootstrapRoleTemplate;
import com.byoconboard.iac.cloudformation.Cfn;
import com.byoconboard.iac.model.BootstrapRoleDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The widening that makes our bootstrap role usable on moto with IAM enforced changes Resource and nothing else. */
class EmulatorPolicyTest {

    static final String TEMPLATE = IacFixtures.GENERATOR.bootstrapRole(IacFixtures.example()).cloudFormation().content();

    @Test
    void everyStatementWithANonS3ActionGetsResourceStarAndKeepsItsActionsAndConditions() {
        var before = resources(Cfn.parse(TEMPLATE));
        var after = resources(Cfn.parse(EmulatorPolicy.widenNonS3Resources(TEMPLATE)));

        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        after.forEach((sid, resource) -> {
            if (sid.startsWith("S3")) {
                assertThat(resource).isEqualTo(before.get(sid));
                assertThat(resource.toString()).contains("s3:::${ResourceNamePrefix}*");
            } else {
                assertThat(resource.toString()).as(sid).isEqualTo("[\"*\"]");
            }
        });
        assertThat(after).containsKeys("S3Buckets", "S3BucketObjects", "IamRolesPassed", "EksClusters",
                "RoleCreationIamRolesWithinBoundary", "RoleCreationIamOidcProviders");
    }

    @Test
    void apartFromResourceTheTemplateIsUnchangedTrustPolicyConditionsAndParametersIncluded() {
        JsonNode before = withoutResources(Cfn.parse(TEMPLATE));
        JsonNode after = withoutResources(Cfn.parse(EmulatorPolicy.widenNonS3Resources(TEMPLATE)));

        assertThat(after).isEqualTo(before);
        assertThat(after.toString()).contains("sts:ExternalId", "iam:PassedToService", "iam:PermissionsBoundary");
    }

    @Test
    void aStatementGivenAsOneObjectWithOneActionIsWidenedToo() {
        String yaml = """
                Resources:
                  P:
                    Type: "AWS::IAM::ManagedPolicy"
                    Properties:
                      PolicyDocument:
                        Statement:
                          Effect: "Allow"
                          Action: "iam:CreateRole"
                          Resource: "arn:aws:iam::1:role/x*"
                """;
        var statement = Cfn.parse(EmulatorPolicy.widenNonS3Resources(yaml)).at("/Resources/P/Properties/PolicyDocument/Statement");
        assertThat(statement.get("Resource").asString()).isEqualTo("*");
        assertThat(statement.get("Action").asString()).isEqualTo("iam:CreateRole");
    }

    @Test
    void theTerraformModulesInputIsWidenedExactlyAsTheTemplate() {
        var role = BootstrapRoleDefinition.of(IacFixtures.PROPERTIES.vendor(), IacFixtures.example());

        assertThat(Cfn.parse(BootstrapRoleTemplate.render(EmulatorPolicy.widenNonS3Resources(role))))
                .isEqualTo(Cfn.parse(EmulatorPolicy.widenNonS3Resources(BootstrapRoleTemplate.render(role))));
    }

    @Test
    void onlyStatementsWhoseActionsAreAllS3KeepTheirResources() {
        assertThat(EmulatorPolicy.emulatorChecksResources(List.of("s3:CreateBucket", "s3:PutObject"))).isTrue();
        assertThat(EmulatorPolicy.emulatorChecksResources(List.of("s3:CreateBucket", "iam:PassRole"))).isFalse();
        assertThat(EmulatorPolicy.emulatorChecksResources(List.of())).isFalse();
    }

    /** Sid to Resource of every statement that has one. */
    private static Map<String, JsonNode> resources(JsonNode template) {
        var found = new LinkedHashMap<String, JsonNode>();
        template.get("Resources").values().forEach(resource -> {
            var document = resource.at("/Properties/PolicyDocument/Statement");
            document.values().forEach(s -> found.put(s.get("Sid").asString(), s.get("Resource")));
        });
        return found;
    }

    private static JsonNode withoutResources(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("Resource");
        }
        node.values().forEach(EmulatorPolicyTest::withoutResources);
        return node;
    }
}
