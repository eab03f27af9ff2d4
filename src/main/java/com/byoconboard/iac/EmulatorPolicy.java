package com.byoconboard.iac;

import com.byoconboard.iac.cloudformation.Cfn;
import com.byoconboard.iac.model.BootstrapRoleDefinition;
import com.byoconboard.iac.model.Policy;
import com.byoconboard.iac.model.Statement;
import com.byoconboard.iac.model.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Our bootstrap role as the AWS emulator (moto with IAM enforced) can use it. moto matches a statement's
 * {@code Resource} only for S3; every other request is checked against the resource {@code *}, so a correctly
 * scoped statement (a role ARN, an EKS cluster ARN) never matches there and the call is denied. Widening only those
 * statements to {@code *} keeps everything else as generated: the actions, the conditions, the S3 ARNs (so bucket
 * names are still checked). For the sandbox and the tests only, never for a real account.
 */
public final class EmulatorPolicy {

    private EmulatorPolicy() {
    }

    /**
     * The CloudFormation template with the {@code Resource} of every policy statement whose actions are not all
     * {@code s3:} replaced by {@code "*"}; nothing else changes. Statements without a {@code Resource} (trust
     * policies) are left alone.
     */
    public static String widenNonS3Resources(String cloudFormationYaml) {
        JsonNode template = Cfn.parse(cloudFormationYaml);
        widen(template);
        return Cfn.yaml(template);
    }

    /** The same widening on the role the Terraform module is rendered from (the module's input). */
    public static BootstrapRoleDefinition widenNonS3Resources(BootstrapRoleDefinition role) {
        var policies = role.policies().stream().map(p -> new Policy(p.name(), p.key(), p.switchedBy(),
                p.statements().stream().map(EmulatorPolicy::widen).toList())).toList();
        return new BootstrapRoleDefinition(role.roleName(), role.vendorAccountId(), role.organizationName(),
                role.parameters(), role.externalId(), role.tags(), policies, role.controllerRoles());
    }

    /** Whether moto checks the statement's resources: only when every action is an S3 action. */
    static boolean emulatorChecksResources(List<String> actions) {
        return !actions.isEmpty() && actions.stream().allMatch(a -> a.startsWith("s3:"));
    }

    private static Statement widen(Statement s) {
        return emulatorChecksResources(s.actions()) ? s
                : new Statement(s.sid(), s.actions(), List.of(Text.of("*")), s.conditions(), s.requiresBoundary());
    }

    /** Walks the whole template: policies sit in AWS::IAM::Policy, AWS::IAM::Role and any other resource. */
    private static void widen(JsonNode node) {
        if (node.isObject() && node.get("Statement") != null) {
            var statements = node.get("Statement");
            for (JsonNode statement : statements.isArray() ? statements.values() : List.of(statements)) {
                if (statement instanceof ObjectNode object && object.has("Resource")
                        && !emulatorChecksResources(actions(object.get("Action")))) {
                    // The same shape as before: a list stays a list.
                    if (object.get("Resource").isArray()) {
                        object.putArray("Resource").add("*");
                    } else {
                        object.put("Resource", "*");
                    }
                }
            }
        }
        for (JsonNode child : node.values()) {
            widen(child);
        }
    }

    /** The statement's actions; one that is not a plain string (an intrinsic function) counts as not S3. */
    private static List<String> actions(JsonNode action) {
        var actions = new ArrayList<String>();
        if (action == null) {
            return actions;
        }
        for (JsonNode a : action.isArray() ? action.values() : List.of(action)) {
            actions.add(a.isString() ? a.asString() : "");
        }
        return actions;
    }
}
