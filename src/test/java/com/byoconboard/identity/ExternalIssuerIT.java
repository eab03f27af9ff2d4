package com.byoconboard.identity;

import com.byoconboard.ByocOnboardApplication;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Sign-in against an issuer outside the app, configured only by Spring's standard client properties and an
 * issuer URI: a second instance of this app, in its own JVM, plays the company's OIDC provider (its local
 * issuer), and the app under test has its own issuer switched off. The app is opened at 127.0.0.1 and the issuer at localhost, so
 * that the two keep separate cookies as two real hosts would.
 */
class ExternalIssuerIT extends BrowserTest {

    private static final String CLIENT_SECRET = "external-issuer-secret";

    private static Process issuer;

    /**
     * Starts the issuer as a separate JVM: two Vaadin apps in one JVM would share Spring Security's global
     * security-context strategy, which is not how two real servers behave.
     */
    @DynamicPropertySource
    static void useTheOtherAppAsIssuer(DynamicPropertyRegistry registry) throws Exception {
        int issuerPort;
        try (var socket = new ServerSocket(0)) {
            issuerPort = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        // Only the issuer's sign-in pages are used, for seconds: C1 alone, and no job engine, start it with less of the
        // two cores' time.
        issuer = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ByocOnboardApplication.class.getName(), "--spring.profiles.active=test",
                "--server.port=" + issuerPort, "--vaadin.launch-browser=false",
                "--jobrunr.background-job-server.enabled=false",
                "--byoc.identity.local-issuer.client-secret=" + CLIENT_SECRET,
                // A loopback IP redirect URI matches any port (RFC 8252), so the app's random port is fine.
                "--byoc.identity.local-issuer.redirect-uris[0]=http://127.0.0.1/login/oauth2/code/byoc")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "external-issuer.log").toFile())
                .start();
        awaitHealthy(issuerPort);
        registry.add("byoc.identity.local-issuer.enabled", () -> "false");
        registry.add("spring.security.oauth2.client.registration.byoc.client-id", () -> "byoc-onboard");
        registry.add("spring.security.oauth2.client.registration.byoc.client-secret", () -> CLIENT_SECRET);
        registry.add("spring.security.oauth2.client.registration.byoc.scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.byoc.issuer-uri", () -> "http://localhost:" + issuerPort);
    }

    private static void awaitHealthy(int port) throws Exception {
        var http = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && issuer.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the issuer is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The issuer app did not start; see target/external-issuer.log");
    }

    @AfterAll
    static void stopIssuer() throws InterruptedException {
        if (issuer != null) {
            issuer.destroy();
            issuer.waitFor();
        }
    }

    @Test
    void aCustomerSignsInAtTheConfiguredIssuerAndComesBackWithTheirOrganizationAndRole() {
        Page page = newPage("en-US");
        page.navigate("http://127.0.0.1:" + port + "/");
        page.waitForURL("http://localhost:*/login");
        page.locator("#username").fill("bob");
        page.locator("#password").fill("bob-demo");
        page.locator("button[type=submit]").click();
        page.waitForURL("http://127.0.0.1:" + port + "/**");
        awaitVaadin(page);
        assertThat(page.locator("#current-organization")).hasText("Globex Corporation");
        assertThat(page.locator("#new-onboarding")).isVisible();
    }

    @Test
    void theAppItselfNoLongerServesAnIssuer() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/.well-known/openid-configuration"))).build(), HttpResponse.BodyHandlers.discarding());
        Assertions.assertThat(response.statusCode()).isNotEqualTo(200);
    }
}
