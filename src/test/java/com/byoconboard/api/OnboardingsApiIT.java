package com.byoconboard.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The onboardings resource: versions as ETags, rules as findings and problem details, Idempotency-Key, delete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnboardingsApiIT {

    @LocalServerPort
    int port;
    ApiClient alice;

    @BeforeEach
    void signIn() {
        alice = ApiClient.sandboxCustomer(port);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesNothingNew() {
        int before = json(alice.get("/api/v1/onboardings")).size();

        var first = alice.post("/api/v1/onboardings", null, "Idempotency-Key", "create-42");
        var repeat = alice.post("/api/v1/onboardings", null, "Idempotency-Key", "create-42");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(json(repeat).get("id")).isEqualTo(json(first).get("id"));
        assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(json(alice.get("/api/v1/onboardings"))).hasSize(before + 1);
        assertThat(alice.post("/api/v1/onboardings", "{\"region\":\"eu-west-1\"}", "Idempotency-Key", "create-42")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void inputsChangeOnlyAtTheVersionTheClientRead() {
        var created = alice.post("/api/v1/onboardings", null);
        String path = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        var inputs = json(created).get("inputs").toString().replace("\"region\":\"\"", "\"region\":\"eu-west-1\"");

        var saved = alice.call("PUT", path + "/inputs", inputs, "If-Match", etag);
        var stale = alice.call("PUT", path + "/inputs", inputs, "If-Match", etag);
        var blind = alice.call("PUT", path + "/inputs", inputs);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).at("/inputs/region").asString()).isEqualTo("eu-west-1");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("ETag")).isEqualTo(saved.headers().firstValue("ETag"));
        assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(blind.statusCode()).isEqualTo(428);
    }

    @Test
    void inputsBeyondALimitAreRefusedWithTheRuleIdAndNotStored() {
        var created = alice.post("/api/v1/onboardings", null);
        String path = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        var lines = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "\"198.51." + i / 256 + "." + i % 256 + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        var inputs = json(created).get("inputs").toString().replace("\"allowList\":[]", "\"allowList\":" + lines);

        var refused = alice.call("PUT", path + "/inputs", inputs, "If-Match", etag);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("type").asString()).isEqualTo("urn:byoc:problem:inputs-refused");
        assertThat(json(refused).get("ruleIds")).extracting(n -> n.asString()).containsExactly("LIM-001");
        assertThat(alice.get(path).headers().firstValue("ETag")).as("nothing stored").hasValue(etag);
        assertThat(json(alice.get(path)).at("/inputs/connectivity/allowList")).isEmpty();
    }

    @Test
    void validationNamesRuleIdsInTheCallersLanguageAndSubmitIsRefusedWithThem() {
        String path = alice.post("/api/v1/onboardings", null).headers().firstValue("Location").orElseThrow();

        var english = json(alice.get(path + "/validation"));
        var japanese = json(alice.get(path + "/validation", "Accept-Language", "ja"));
        var refused = alice.post(path + "/submit", null, "Accept-Language", "ja");

        assertThat(english.get("submittable").asBoolean()).isFalse();
        var first = english.get("findings").get(0);
        assertThat(first.get("ruleId").asString()).matches("[A-Z]+-\\d{3}");
        assertThat(first.get("severity").asString()).isEqualTo("ERROR");
        assertThat(japanese.get("findings").get(0).get("message").asString()).isNotEqualTo(first.get("message").asString());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("type").asString()).isEqualTo("urn:byoc:problem:submission-refused");
        assertThat(json(refused).get("title").asString()).isEqualTo("ルール違反が残っています");
        assertThat(json(refused).get("ruleIds")).extracting(n -> n.asString()).contains(first.get("ruleId").asString());
    }

    @Test
    void aDraftIsDeletedAtItsVersionAndThenIsGone() {
        var created = alice.post("/api/v1/onboardings", null);
        String path = created.headers().firstValue("Location").orElseThrow();

        assertThat(alice.call("DELETE", path, null, "If-Match", created.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(204);
        assertThat(alice.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutATokenTheApiAnswers401AndNeverRedirectsToSignIn() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/onboardings")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
