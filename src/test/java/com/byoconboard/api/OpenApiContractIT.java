package com.byoconboard.api;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's contract: the OpenAPI 3.1 document generated from the code is valid, is served without a token
 * (with Swagger UI), and equals the committed {@code docs/openapi.yaml}, so a change to the contract is a
 * deliberate, reviewed one. Regenerate: {@code ./byoc verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=OpenApiContractIT -Dbyoc.openapi.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiContractIT {

    static final Path COMMITTED = Path.of("docs/openapi.yaml");

    @LocalServerPort
    int port;

    @Test
    void theGeneratedDocumentIsValidOpenApi31AndMatchesTheCommittedOne() throws Exception {
        var generated = fetch("/v3/api-docs.yaml");
        assertThat(generated.statusCode()).isEqualTo(200);
        if (Boolean.getBoolean("byoc.openapi.write")) {
            Files.writeString(COMMITTED, generated.body());
        }

        var options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIParser().readContents(generated.body(), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/onboardings", "/api/v1/operations/{id}",
                "/api/v1/onboardings/{id}/access-grants", "/api/v1/support/onboardings/{id}/access-grants",
                "/api/v1/onboardings/{id}/repair", "/api/v1/onboardings/{id}/offboarding");
        assertThat(generated.body()).as("docs/openapi.yaml is stale; see this test's Javadoc to regenerate")
                .isEqualTo(Files.readString(COMMITTED));
    }

    @Test
    void swaggerUiIsServedWithoutSigningIn() throws Exception {
        assertThat(fetch("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
