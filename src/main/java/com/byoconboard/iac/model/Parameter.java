package com.byoconboard.iac.model;

/**
 * One input of a generated template, the same in both formats: a CloudFormation parameter and a Terraform
 * variable with the same meaning and default.
 *
 * @param cloudFormationName e.g. {@code AllowVpcWrite}
 * @param terraformName      e.g. {@code allow_vpc_write}
 * @param defaultValue       {@code "true"}/{@code "false"} for a {@link Kind#FLAG}
 */
public record Parameter(String cloudFormationName, String terraformName, Kind kind, String defaultValue,
                        String description) {

    /** Free text, or a yes/no switch (a CloudFormation "true"/"false" string, a Terraform bool). */
    public enum Kind { TEXT, FLAG }

    public static Parameter text(String cloudFormationName, String terraformName, String defaultValue, String description) {
        return new Parameter(cloudFormationName, terraformName, Kind.TEXT, defaultValue, description);
    }

    public static Parameter flag(String cloudFormationName, String terraformName, boolean defaultValue, String description) {
        return new Parameter(cloudFormationName, terraformName, Kind.FLAG, String.valueOf(defaultValue), description);
    }
}
