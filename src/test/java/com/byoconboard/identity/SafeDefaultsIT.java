package com.byoconboard.identity;

import com.byoconboard.ByocOnboardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app started as an operator would outside the sandbox ("prod", only a database configured): the demo
 * users with their published passwords must not be able to sign in, so the start stops and names what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafeDefaultsIT {

    @Test
    void withOnlyADatabaseTheStartStopsAndNamesTheIdentityProviderProperties(CapturedOutput output) {
        assertThatThrownBy(() -> start()).isInstanceOf(UnsafeSignInException.class)
                .hasMessageContaining("spring.security.oauth2.client.provider.byoc.issuer-uri");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("spring.security.oauth2.client.registration.byoc.client-id");
    }

    @Test
    void theBuiltInIssuerEnabledWithItsPublishedSecretStopsTheStart() {
        assertThatThrownBy(() -> start("--byoc.identity.local-issuer.enabled=true"))
                .isInstanceOf(UnsafeSignInException.class)
                .hasMessageContaining("byoc.identity.local-issuer.client-secret");
    }

    @Test
    void theBuiltInIssuerEnabledOnPurposeWithASecretStartsAndSaysSoInTheLog(CapturedOutput output) throws Exception {
        try (var app = start("--byoc.identity.local-issuer.enabled=true",
                "--byoc.identity.local-issuer.client-secret=" + UUID.randomUUID())) {
            String port = app.getEnvironment().getProperty("local.server.port");
            var discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(output).contains("WARN").contains("byoc.identity.local-issuer.enabled=true");
        }
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:safe-defaults-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "--server.port=0",
                // Tests talk only to localhost; this app never gets as far as calling AWS anyway.
                "--byoc.aws.endpoint=http://127.0.0.1:9", "--jobrunr.background-job-server.enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(ByocOnboardApplication.class).profiles("prod").run(args.toArray(String[]::new));
    }
}
