package com.byoconboard.iac.model;

import com.byoconboard.deployment.ArnPattern;
import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.Condition;
import com.byoconboard.deployment.ControllerRole;
import com.byoconboard.deployment.PolicySwitch;
import com.byoconboard.deployment.RolePolicy;
import com.byoconboard.onboarding.Onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.byoconboard.iac.model.Text.concat;

/**
 * The cross-account role the vendor's controller assumes, described once so that the CloudFormation template and
 * the Terraform module create exactly the same role: trust policy, inline policies, tags and options. The policies
 * are the deployment model's ({@link RolePolicy}): what the provisioning steps call, plus the controller's listed
 * extras. With IAM role creation off, the template also creates the controller's roles ({@link #controllerRoles}).
 */
public record BootstrapRoleDefinition(String roleName, String vendorAccountId, String organizationName,
                                      List<Parameter> parameters, Parameter externalId, Map<String, Text> tags,
                                      List<Policy> policies, List<ControllerRoleDefinition> controllerRoles) {

    /** Name of the inline policy every role gets; the others are switched by the least-privilege options. */
    public static final String BASE_POLICY = "ClickHouseManagement";

    /**
     * A controller role the customer's template creates when the vendor may not create roles: named with the
     * prefix parameter, so that it stays inside the policy's scope whatever prefix is deployed.
     */
    public record ControllerRoleDefinition(String key, Text name, ControllerRole role) {
    }

    public static BootstrapRoleDefinition of(Vendor vendor, Onboarding onboarding) {
        var options = onboarding.inputs().bootstrapRole();
        var externalId = Parameter.text("ExternalId", "external_id", onboarding.externalId(),
                "External ID our controller presents when it assumes the role (confused-deputy protection).");
        var byocEnv = Parameter.text("ByocEnv", "byoc_env", "production",
                "Environment name, tagged on the role (e.g. production, staging).");
        var boundary = Parameter.text("PermissionsBoundaryArn", "permissions_boundary_arn", options.permissionsBoundaryArn(),
                "Optional permissions boundary ARN that every role the controller creates must carry. Empty for none.");
        var vpcWrite = Parameter.flag("AllowVpcWrite", "allow_vpc_write", options.allowVpcWrite(),
                "Whether the role may create and change VPC resources (false when you bring your own VPC).");
        var iamRoles = Parameter.flag("AllowIamRoleCreation", "allow_iam_role_creation", options.allowIamRoleCreation(),
                "Whether the role may create the controller's IAM roles (false: this template creates them instead).");
        var prefix = Parameter.text("ResourceNamePrefix", "resource_name_prefix", options.resourceNamePrefix(),
                "Name prefix of the EKS clusters, IAM roles and policies and S3 buckets the controller may manage.");

        Map<String, Text> tags = new LinkedHashMap<>();
        new TreeMap<>(vendor.tags()).forEach((k, v) -> tags.put(k, Text.of(v)));
        tags.put("byoc-env", Text.of(byocEnv));
        var organization = TagValue.of(onboarding.inputs().account().organizationName());
        if (!organization.isEmpty()) {
            tags.put("byoc-organization", Text.of(organization));
        }
        var names = Blueprint.of(onboarding).names();
        var controllerRoles = ControllerRole.ALL.stream().map(role -> new ControllerRoleDefinition(
                role.suffix().replace('-', '_'), concat(prefix, names.role(role).substring(names.prefix().length())),
                role)).toList();
        return new BootstrapRoleDefinition(vendor.roleName(), vendor.accountId(),
                onboarding.inputs().account().organizationName(),
                List.of(externalId, byocEnv, boundary, vpcWrite, iamRoles, prefix), externalId, tags,
                List.of(policy(BASE_POLICY, "management", Optional.empty(), PolicySwitch.ALWAYS, prefix, vendor),
                        policy("ClickHouseVpcWrite", "vpc_write", Optional.of(vpcWrite), PolicySwitch.VPC_WRITE, prefix,
                                vendor),
                        policy("ClickHouseIamRoles", "iam_roles", Optional.of(iamRoles), PolicySwitch.IAM_ROLE_CREATION,
                                prefix, vendor)),
                controllerRoles);
    }

    /** The parameter holding the permissions boundary ARN. */
    public Parameter permissionsBoundary() {
        return parameter("PermissionsBoundaryArn");
    }

    /** The flag that, when false, makes the template create the controller's roles itself. */
    public Parameter iamRoleCreation() {
        return parameter("AllowIamRoleCreation");
    }

    private Parameter parameter(String cloudFormationName) {
        return parameters.stream().filter(p -> p.cloudFormationName().equals(cloudFormationName)).findFirst()
                .orElseThrow();
    }

    private static Policy policy(String name, String key, Optional<Parameter> flag, PolicySwitch policySwitch,
                                 Parameter prefix, Vendor vendor) {
        return new Policy(name, key, flag, RolePolicy.statements(policySwitch).stream()
                .map(s -> statement(s, prefix, vendor)).toList());
    }

    private static Statement statement(RolePolicy.Statement s, Parameter prefix, Vendor vendor) {
        var statement = Statement.allow(s.sid(), s.actions(), resource(s.resource(), prefix, vendor));
        if (s.requiresBoundary()) {
            return statement.withinBoundary();
        }
        return s.conditionKey().map(key -> statement.when(Condition.OPERATOR, key,
                s.conditionValues().toArray(String[]::new))).orElse(statement);
    }

    /** A policy resource pattern as template text: the partition and account filled in at deploy time. */
    private static Text resource(ArnPattern pattern, Parameter prefix, Vendor vendor) {
        return concat(pattern.pieces().stream().map(piece -> switch (piece) {
            case ArnPattern.Placeholder p -> switch (p) {
                case PARTITION -> new Text.PartitionRef();
                case ACCOUNT -> new Text.AccountIdRef();
                case PREFIX -> prefix;
                case BOOTSTRAP_ROLE_NAME -> vendor.roleName();
            };
            default -> piece;
        }).toArray());
    }
}
