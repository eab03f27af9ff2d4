package com.byoconboard.iac;

import com.byoconboard.testing.RequiredTool;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs cfn-lint and terraform on generated files, the way a customer's platform team would. */
final class Tools {

    /** Shared by every terraform run of a test JVM, so the provider is linked once, not copied per directory. */
    private static final Path PLUGIN_CACHE = createTemp("tf-plugin-cache");

    private Tools() {
    }

    static String terraform() {
        return RequiredTool.require("terraform", "Install Terraform 1.11 and mirror the AWS provider into /opt/tf-plugins.");
    }

    static String cfnLint() {
        return RequiredTool.require("cfn-lint", "Install it with: pip install cfn-lint");
    }

    /** Runs a command in {@code dir}, fails the test with its output unless it exits 0, and returns the output. */
    static String run(Path dir, Map<String, String> environment, List<String> command) {
        try {
            var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
            builder.environment().put("TF_PLUGIN_CACHE_DIR", PLUGIN_CACHE.toString());
            builder.environment().put("TF_IN_AUTOMATION", "1");
            builder.environment().putAll(environment);
            var process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
            assertThat(process.exitValue()).as("exit code of %s in %s; output:%n%s", command, dir, output).isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String run(Path dir, List<String> command) {
        return run(dir, Map.of(), command);
    }

    /** An AWS provider block for moto: {@code credentials} at {@code endpoint} for each of {@code services}. */
    static String emulatorProvider(String region, AwsSessionCredentials credentials, URI endpoint,
                                   List<String> services) {
        var endpoints = new StringBuilder();
        services.forEach(service -> endpoints.append("    ").append(service).append(" = \"").append(endpoint)
                .append("\"\n"));
        return """
                provider "aws" {
                  region                      = "%s"
                  access_key                  = "%s"
                  secret_key                  = "%s"
                  token                       = "%s"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  endpoints {
                %s  }
                }
                """.formatted(region, credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken(), endpoints);
    }

    /** {@code terraform init} from the local provider mirror (no registry), without a backend. */
    static void terraformInit(Path dir) {
        run(dir, List.of(terraform(), "init", "-plugin-dir=/opt/tf-plugins", "-backend=false", "-input=false", "-no-color"));
    }

    /** Unpacks a zip into {@code target}, refusing entries that would land outside it. */
    static void unzip(byte[] zip, Path target) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(target)).as("%s stays inside the target", entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path createTemp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
