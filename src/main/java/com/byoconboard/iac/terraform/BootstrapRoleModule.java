package com.byoconboard.iac.terraform;

import com.byoconboard.iac.model.BootstrapRoleDefinition;
import com.byoconboard.iac.model.Policy;
import com.byoconboard.iac.model.Statement;
import com.byoconboard.iac.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.terraform.Hcl.attr;
import static com.byoconboard.iac.terraform.Hcl.block;
import static com.byoconboard.iac.terraform.Hcl.call;
import static com.byoconboard.iac.terraform.Hcl.code;
import static com.byoconboard.iac.terraform.Hcl.list;
import static com.byoconboard.iac.terraform.Hcl.str;

/** Writes the bootstrap role as a Terraform module directory: main.tf, variables.tf, outputs.tf, versions.tf. */
public final class BootstrapRoleModule {

    private static final String ROLE = "aws_iam_role.management";

    private BootstrapRoleModule() {
    }

    /** File name to content, in the order a reader opens them. */
    public static Map<String, String> render(BootstrapRoleDefinition role) {
        var files = new LinkedHashMap<String, String>();
        files.put("main.tf", Hcl.file(main(role)));
        files.put("variables.tf", TerraformFiles.variables(role.parameters()));
        files.put("outputs.tf", Hcl.file(List.of(block("output", List.of("role_arn"),
                attr("description", "ARN of the role the vendor's controller assumes"
                        + TerraformFiles.forOrganization(role.organizationName()) + "; paste it into the onboarding wizard."),
                attr("value", code(ROLE + ".arn"))))));
        files.put("versions.tf", TerraformFiles.versions());
        return files;
    }

    private static List<Hcl.Item> main(BootstrapRoleDefinition role) {
        var boundary = role.permissionsBoundary();
        var items = new ArrayList<Hcl.Item>();
        items.add(block("data", List.of("aws_partition", "current")));
        items.add(block("data", List.of("aws_caller_identity", "current")));
        items.add(block("locals", List.of(),
                new Hcl.Comment("Roles the controller creates must carry the permissions boundary, when one is given."),
                attr("boundary_condition", new Hcl.Conditional("var." + boundary.terraformName() + " == \"\"",
                        new Hcl.ObjectOf(Map.of()),
                        object("Condition", object("StringEquals",
                                object("iam:PermissionsBoundary", str(Text.of(boundary)))))))));
        items.add(block("resource", List.of("aws_iam_role", "management"),
                attr("name", role.roleName()),
                attr("assume_role_policy", call("jsonencode", document(List.of(trust(role))))),
                attr("tags", tags(role.tags()))));
        for (Policy policy : role.policies()) {
            var body = new ArrayList<Hcl.Item>();
            policy.switchedBy().ifPresent(flag ->
                    body.add(attr("count", code("var." + flag.terraformName() + " ? 1 : 0"))));
            body.add(attr("name", policy.name()));
            body.add(attr("role", code(ROLE + ".id")));
            body.add(attr("policy", call("jsonencode",
                    document(policy.statements().stream().map(BootstrapRoleModule::statement).toList()))));
            items.add(block("resource", List.of("aws_iam_role_policy", policy.key()), body));
        }
        items.addAll(controllerRoles(role));
        return items;
    }

    /**
     * With IAM role creation off, the module creates the controller's roles itself, as provisioning would have:
     * same names (under the prefix variable), trust, inline and managed policies, and boundary.
     */
    private static List<Hcl.Item> controllerRoles(BootstrapRoleDefinition role) {
        var roles = new LinkedHashMap<String, Hcl.Expr>();
        for (var controller : role.controllerRoles()) {
            var entry = new LinkedHashMap<String, Hcl.Expr>();
            entry.put("name", str(controller.name()));
            entry.put("service", str(controller.role().trustedService()));
            entry.put("policy_name", str(controller.role().inlinePolicyName()));
            entry.put("actions", list(controller.role().actions().stream().map(Hcl::str).toList()));
            entry.put("managed", list(controller.role().managedPolicies().stream().map(Hcl::str).toList()));
            roles.put(controller.key(), new Hcl.ObjectOf(entry));
        }
        String flag = "var." + role.iamRoleCreation().terraformName();
        String boundary = "var." + role.permissionsBoundary().terraformName();
        return List.of(
                block("locals", List.of(),
                        new Hcl.Comment("Created here only when the vendor may not create IAM roles itself."),
                        attr("controller_roles", new Hcl.Conditional(flag, new Hcl.ObjectOf(Map.of()),
                                new Hcl.ObjectOf(roles))),
                        attr("controller_policy_attachments", code("""
                                merge([for key, r in local.controller_roles : { for arn in r.managed : "${key}/${arn}" => { role = key, arn = arn } }]...)"""))),
                block("resource", List.of("aws_iam_role", "controller"),
                        attr("for_each", code("local.controller_roles")),
                        attr("name", code("each.value.name")),
                        attr("assume_role_policy", code("""
                                jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = each.value.service }, Action = ["sts:AssumeRole", "sts:TagSession"] }] })""")),
                        attr("permissions_boundary", code(boundary + " == \"\" ? null : " + boundary)),
                        attr("tags", tags(role.tags()))),
                block("resource", List.of("aws_iam_role_policy", "controller"),
                        attr("for_each", code("{ for key, r in local.controller_roles : key => r if length(r.actions) > 0 }")),
                        attr("name", code("each.value.policy_name")),
                        attr("role", code("aws_iam_role.controller[each.key].id")),
                        attr("policy", code("""
                                jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = each.value.actions, Resource = "*" }] })"""))),
                block("resource", List.of("aws_iam_role_policy_attachment", "controller"),
                        attr("for_each", code("local.controller_policy_attachments")),
                        attr("role", code("aws_iam_role.controller[each.value.role].name")),
                        attr("policy_arn", code("each.value.arn"))));
    }

    private static Hcl.Expr document(List<Hcl.Expr> statements) {
        var doc = new LinkedHashMap<String, Hcl.Expr>();
        doc.put("Version", str("2012-10-17"));
        doc.put("Statement", list(statements));
        return new Hcl.ObjectOf(doc);
    }

    private static Hcl.Expr trust(BootstrapRoleDefinition role) {
        var statement = new LinkedHashMap<String, Hcl.Expr>();
        statement.put("Sid", str("VendorController"));
        statement.put("Effect", str("Allow"));
        statement.put("Principal", object("AWS",
                str(Text.concat("arn:", new Text.PartitionRef(), ":iam::" + role.vendorAccountId() + ":root"))));
        statement.put("Action", list(List.of(str("sts:AssumeRole"))));
        statement.put("Condition", object("StringEquals", object("sts:ExternalId", str(Text.of(role.externalId())))));
        return new Hcl.ObjectOf(statement);
    }

    private static Hcl.Expr statement(Statement s) {
        var statement = new LinkedHashMap<String, Hcl.Expr>();
        statement.put("Sid", str(s.sid()));
        statement.put("Effect", str("Allow"));
        statement.put("Action", list(s.actions().stream().map(Hcl::str).toList()));
        statement.put("Resource", list(s.resources().stream().map(Hcl::str).toList()));
        if (!s.conditions().isEmpty()) {
            var operators = new LinkedHashMap<String, Hcl.Expr>();
            s.conditions().forEach((operator, keys) -> {
                var values = new LinkedHashMap<String, Hcl.Expr>();
                keys.forEach((key, allowed) -> values.put(key, list(allowed.stream().map(Hcl::str).toList())));
                operators.put(operator, new Hcl.ObjectOf(values));
            });
            statement.put("Condition", new Hcl.ObjectOf(operators));
        }
        var object = new Hcl.ObjectOf(statement);
        return s.requiresBoundary() ? call("merge", object, code("local.boundary_condition")) : object;
    }

    static Hcl.ObjectOf tags(Map<String, Text> tags) {
        var entries = new LinkedHashMap<String, Hcl.Expr>();
        tags.forEach((k, v) -> entries.put(k, str(v)));
        return new Hcl.ObjectOf(entries);
    }

    private static Hcl.ObjectOf object(String key, Hcl.Expr value) {
        return new Hcl.ObjectOf(Map.of(key, value));
    }

}
