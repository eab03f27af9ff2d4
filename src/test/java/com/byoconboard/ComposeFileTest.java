package com.byoconboard;

import com.byoconboard.aws.MotoServer;
import com.byoconboard.testing.RequiredTool;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/compose.yaml as far as it can be checked without a Docker engine (none on the build machines, and no
 * {@code docker compose}): its structure, the health checks app and moto start in order of, the compose profile
 * without sandbox shortcuts, and moto's image at the version of the moto_server the tests run against.
 */
class ComposeFileTest {

    private final JsonNode services = new YAMLMapper().readTree(Path.of("docker", "compose.yaml").toFile()).get("services");

    @Test
    void theAppStartsOnceItsDatabaseAndMotoAreHealthyAndHasAHealthCheckItself() {
        assertThat(services.propertyNames()).containsExactlyInAnyOrder("postgres", "moto", "app");
        for (String service : new String[] {"postgres", "moto", "app"}) {
            assertThat(services.at("/" + service + "/healthcheck/test").isArray()).as(service).isTrue();
        }
        assertThat(services.at("/app/healthcheck/test").toString()).contains("/actuator/health");
        assertThat(services.at("/app/depends_on/postgres/condition").asString()).isEqualTo("service_healthy");
        assertThat(services.at("/app/depends_on/moto/condition").asString()).isEqualTo("service_healthy");
    }

    @Test
    void theAppRunsTheComposeProfileWithoutSandboxShortcutsAndWithASignInOfItsOwn() {
        var environment = services.at("/app/environment");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE").asString()).isEqualTo("compose");
        assertThat(environment.has("BYOC_PROVISIONING_AUTO_START_ON_SUBMIT")).isFalse();
        assertThat(environment.get("BYOC_LOCAL_ISSUER_SECRET").asString()).as("no published default secret")
                .startsWith("${BYOC_LOCAL_ISSUER_SECRET:?");
        assertThat(Path.of("src", "main", "resources", "application-compose.yaml")).exists();
    }

    @Test
    void motoRunsTheVersionTheTestsRunAgainst() throws IOException, InterruptedException {
        RequiredTool.require(MotoServer.EXECUTABLE, "Install moto: pip install 'moto[server]'");
        var python = new ProcessBuilder("python3", "-c", "import moto; print(moto.__version__)").redirectErrorStream(true)
                .start();
        String version = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(python.waitFor(30, TimeUnit.SECONDS) && python.exitValue() == 0)
                .as("moto's version from the Python beside moto_server: " + version).isTrue();
        assertThat(services.at("/moto/image").asString()).isEqualTo("motoserver/moto:" + version);
    }
}
