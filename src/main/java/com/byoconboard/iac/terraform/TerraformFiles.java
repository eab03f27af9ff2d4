package com.byoconboard.iac.terraform;

import com.byoconboard.iac.model.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.byoconboard.iac.terraform.Hcl.attr;
import static com.byoconboard.iac.terraform.Hcl.block;
import static com.byoconboard.iac.terraform.Hcl.code;
import static com.byoconboard.iac.terraform.Hcl.str;

/** The pieces every generated Terraform directory shares: versions.tf, variables.tf and the root module. */
public final class TerraformFiles {

    /** Longest organization name quoted in a description; the rest is cut. */
    static final int MAX_NAME_IN_TEXT = 200;

    private TerraformFiles() {
    }

    /**
     * What the generated code is tested with (AWS provider 5.100, Terraform 1.11): an open {@code >= 5.0} would
     * let a fresh {@code terraform init} take a provider major version no test has seen.
     */
    public static final String AWS_PROVIDER_VERSION = ">= 5.100, < 6.0";
    public static final String TERRAFORM_VERSION = ">= 1.5, < 2.0";

    static String versions() {
        var aws = new LinkedHashMap<String, Hcl.Expr>();
        aws.put("source", str("hashicorp/aws"));
        aws.put("version", str(AWS_PROVIDER_VERSION));
        return Hcl.file(List.of(block("terraform", List.of(),
                attr("required_version", TERRAFORM_VERSION),
                block("required_providers", List.of(), attr("aws", new Hcl.ObjectOf(aws))))));
    }

    static String variables(List<Parameter> parameters) {
        return Hcl.file(parameters.stream().<Hcl.Item>map(p -> block("variable", List.of(p.terraformName()),
                attr("description", p.description()),
                attr("type", code(p.kind() == Parameter.Kind.FLAG ? "bool" : "string")),
                attr("default", p.kind() == Parameter.Kind.FLAG ? new Hcl.Bool(Boolean.parseBoolean(p.defaultValue()))
                        : str(p.defaultValue())))).toList());
    }

    /** " for <organization>" for descriptions, or nothing when the name is not known yet. */
    public static String forOrganization(String organizationName) {
        String name = organizationName.strip();
        if (name.isEmpty()) {
            return "";
        }
        return " for " + (name.length() > MAX_NAME_IN_TEXT ? name.substring(0, MAX_NAME_IN_TEXT) : name);
    }

    /**
     * The root module the customer's platform team writes around our modules: the provider in the chosen region
     * and one {@code module} block per generated module directory.
     *
     * @param modules module name to its {@code source} path and the variables to set there
     * @param outputs output name to the expression it exposes
     */
    public static String root(String region, Map<String, Module> modules, Map<String, String> outputs) {
        var items = new ArrayList<Hcl.Item>();
        if (!region.isBlank()) {
            items.add(block("provider", List.of("aws"), attr("region", region)));
        }
        modules.forEach((name, module) -> {
            var body = new ArrayList<Hcl.Item>();
            body.add(attr("source", module.source()));
            module.variables().forEach((k, v) -> body.add(attr(k, v)));
            items.add(block("module", List.of(name), body));
        });
        outputs.forEach((name, value) -> items.add(block("output", List.of(name), attr("value", code(value)))));
        return Hcl.file(items);
    }

    /** One {@code module} block of the root: where the module lives and which variables it sets. */
    public record Module(String source, Map<String, String> variables) {
        public Module {
            variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }
    }
}
