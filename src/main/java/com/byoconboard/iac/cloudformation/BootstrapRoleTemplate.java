package com.byoconboard.iac.cloudformation;

import com.byoconboard.iac.model.BootstrapRoleDefinition;
import com.byoconboard.iac.model.Parameter;
import com.byoconboard.iac.model.Policy;
import com.byoconboard.iac.model.Statement;
import com.byoconboard.iac.model.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static com.byoconboard.iac.cloudformation.Cfn.array;
import static com.byoconboard.iac.cloudformation.Cfn.object;
import static com.byoconboard.iac.cloudformation.Cfn.single;
import static com.byoconboard.iac.cloudformation.Cfn.strings;
import static com.byoconboard.iac.cloudformation.Cfn.text;

/** Writes the bootstrap role as a CloudFormation template (YAML). */
public final class BootstrapRoleTemplate {

    public static final String ROLE_ID = "ManagementRole";
    static final String HAS_BOUNDARY = "HasPermissionsBoundary";
    /** True when the vendor may not create roles, so this template creates the controller's roles. */
    static final String CREATES_CONTROLLER_ROLES = "CreatesControllerRoles";

    private BootstrapRoleTemplate() {
    }

    public static String render(BootstrapRoleDefinition role) {
        var template = object().put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", Cfn.description("IAM role for the vendor's BYOC controller (ClickHouseManagementRole)",
                        role.organizationName()));
        var parameters = object();
        role.parameters().forEach(p -> parameters.set(p.cloudFormationName(), parameter(p)));
        template.set("Parameters", parameters);

        var conditions = object();
        conditions.set(HAS_BOUNDARY, single("Fn::Not", array(List.of(equalsTo(role.permissionsBoundary(), "")))));
        role.policies().forEach(policy -> policy.switchedBy().ifPresent(flag ->
                conditions.set(condition(flag), equalsTo(flag, "true"))));
        conditions.set(CREATES_CONTROLLER_ROLES, equalsTo(role.iamRoleCreation(), "false"));
        template.set("Conditions", conditions);

        var resources = object();
        resources.set(ROLE_ID, role(role));
        role.policies().forEach(policy -> resources.set(logicalId(policy), policy(policy, role)));
        role.controllerRoles().forEach(controller -> resources.set(logicalId(controller), controllerRole(controller, role)));
        template.set("Resources", resources);

        var outputs = object();
        var arn = object().put("Description", "ARN of the role; paste it into the onboarding wizard.");
        arn.set("Value", Cfn.getAtt(ROLE_ID, "Arn"));
        outputs.set("RoleArn", arn);
        template.set("Outputs", outputs);
        return Cfn.yaml(template);
    }

    /** The CloudFormation logical ID of a policy, e.g. {@code VpcWritePolicy}. */
    public static String logicalId(Policy policy) {
        var id = new StringBuilder();
        for (String word : policy.key().split("_")) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.append("Policy").toString();
    }

    /** e.g. {@code ControllerRoleK8sWorker}. */
    static String logicalId(BootstrapRoleDefinition.ControllerRoleDefinition controller) {
        var id = new StringBuilder("ControllerRole");
        for (String word : controller.key().split("_")) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }

    private static ObjectNode parameter(Parameter p) {
        var node = object().put("Type", "String").put("Default", p.defaultValue()).put("Description", p.description());
        if (p.kind() == Parameter.Kind.FLAG) {
            node.set("AllowedValues", strings(List.of("true", "false")));
        }
        return node;
    }

    private static String condition(Parameter flag) {
        return flag.cloudFormationName() + "Enabled";
    }

    private static JsonNode equalsTo(Parameter parameter, String value) {
        var args = array(List.of(Cfn.ref(parameter.cloudFormationName())));
        args.add(value);
        return single("Fn::Equals", args);
    }

    private static ObjectNode role(BootstrapRoleDefinition role) {
        var trust = object().put("Sid", "VendorController").put("Effect", "Allow");
        trust.set("Principal", single("AWS",
                text(Text.concat("arn:", new Text.PartitionRef(), ":iam::" + role.vendorAccountId() + ":root"))));
        trust.set("Action", strings(List.of("sts:AssumeRole")));
        trust.set("Condition", single("StringEquals", single("sts:ExternalId", Cfn.ref(role.externalId().cloudFormationName()))));

        var properties = object().put("RoleName", role.roleName());
        properties.set("AssumeRolePolicyDocument", document(List.of(trust)));
        properties.set("Tags", Cfn.tags(role.tags()));
        var resource = object().put("Type", "AWS::IAM::Role");
        resource.set("Properties", properties);
        return resource;
    }

    private static ObjectNode policy(Policy policy, BootstrapRoleDefinition role) {
        var properties = object().put("PolicyName", policy.name());
        properties.set("Roles", array(List.of(Cfn.ref(ROLE_ID))));
        properties.set("PolicyDocument", document(policy.statements().stream()
                .map(s -> statement(s, role.permissionsBoundary())).toList()));
        var resource = object().put("Type", "AWS::IAM::Policy");
        policy.switchedBy().ifPresent(flag -> resource.put("Condition", condition(flag)));
        resource.set("Properties", properties);
        return resource;
    }

    /** A controller role, as provisioning would have created it: same name, trust, policies and boundary. */
    private static ObjectNode controllerRole(BootstrapRoleDefinition.ControllerRoleDefinition controller,
                                             BootstrapRoleDefinition role) {
        var properties = object();
        properties.set("RoleName", text(controller.name()));
        properties.set("AssumeRolePolicyDocument", Cfn.parse(controller.role().trustPolicy()));
        if (!controller.role().actions().isEmpty()) {
            var inline = object().put("PolicyName", controller.role().inlinePolicyName());
            inline.set("PolicyDocument", Cfn.parse(controller.role().inlinePolicy()));
            properties.set("Policies", array(List.of(inline)));
        }
        if (!controller.role().managedPolicies().isEmpty()) {
            properties.set("ManagedPolicyArns", strings(controller.role().managedPolicies()));
        }
        properties.set("PermissionsBoundary", Cfn.ifThen(HAS_BOUNDARY,
                Cfn.ref(role.permissionsBoundary().cloudFormationName()), Cfn.noValue()));
        properties.set("Tags", Cfn.tags(role.tags()));
        var resource = object().put("Type", "AWS::IAM::Role").put("Condition", CREATES_CONTROLLER_ROLES);
        resource.set("Properties", properties);
        return resource;
    }

    private static ObjectNode document(List<ObjectNode> statements) {
        var doc = object().put("Version", "2012-10-17");
        doc.set("Statement", array(statements));
        return doc;
    }

    private static ObjectNode statement(Statement s, Parameter boundary) {
        var node = object().put("Sid", s.sid()).put("Effect", "Allow");
        node.set("Action", strings(s.actions()));
        node.set("Resource", array(s.resources().stream().map(Cfn::text).toList()));
        if (!s.conditions().isEmpty()) {
            var operators = object();
            s.conditions().forEach((operator, keys) -> {
                var values = object();
                keys.forEach((key, allowed) -> values.set(key, strings(allowed)));
                operators.set(operator, values);
            });
            node.set("Condition", operators);
        } else if (s.requiresBoundary()) {
            node.set("Condition", Cfn.ifThen(HAS_BOUNDARY,
                    single("StringEquals", single("iam:PermissionsBoundary", Cfn.ref(boundary.cloudFormationName()))),
                    Cfn.noValue()));
        }
        return node;
    }
}
