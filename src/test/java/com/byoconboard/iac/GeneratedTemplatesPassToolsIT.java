package com.byoconboard.iac;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated artifact, for ordinary, Japanese, hostile and empty inputs, passes the real tools: cfn-lint on
 * each CloudFormation template; terraform fmt -check, init (local provider mirror) and validate on the Terraform
 * root and modules exactly as they are in the download.
 */
class GeneratedTemplatesPassToolsIT {

    static Stream<String> inputSets() {
        return IacFixtures.inputSets().keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} inputs")
    @MethodSource("inputSets")
    void cfnLintTerraformFmtAndValidateAcceptTheDownload(String name) throws IOException {
        String cfnLint = Tools.cfnLint();
        String terraform = Tools.terraform();
        var onboarding = IacFixtures.inputSets().get(name);
        Path dir = Tools.createTemp("iac-" + name);
        Tools.unzip(IacFixtures.GENERATOR.zip(onboarding), dir);
        Path root = dir.resolve(IacGenerator.ZIP_ROOT);

        List<String> lint = new ArrayList<>(List.of(cfnLint, "--format", "parseable"));
        try (var templates = Files.list(root.resolve("cloudformation"))) {
            templates.map(Path::toString).sorted().forEach(lint::add);
        }
        assertThat(lint).hasSizeGreaterThan(3);
        Tools.run(root, lint);

        Path terraformRoot = root.resolve("terraform");
        Tools.run(terraformRoot, List.of(terraform, "fmt", "-check", "-recursive", "-diff"));
        Tools.terraformInit(terraformRoot);
        assertThat(Tools.run(terraformRoot, List.of(terraform, "validate", "-no-color")))
                .contains("The configuration is valid");
    }
}
