package com.byoconboard.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what through the API: a token of one organization can neither read nor change another's
 * onboarding (it does not exist for it), a customer token cannot reach support endpoints, and scopes limit a
 * token to what it was given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiAuthorizationMatrixIT {

    @LocalServerPort
    int port;
    ApiClient alice;
    ApiClient globex;
    String path;
    String etag;

    @BeforeEach
    void aliceHasADraft() {
        alice = ApiClient.sandboxCustomer(port);
        globex = ApiClient.globexCustomer(port);
        var created = alice.post("/api/v1/onboardings", null);
        path = created.headers().firstValue("Location").orElseThrow();
        etag = created.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void anotherOrganizationsTokenCanNeitherReadNorChangeTheOnboarding() {
        String inputs = json(alice.get(path)).get("inputs").toString();
        var calls = List.of(
                globex.get(path),
                globex.get(path + "/validation"),
                globex.get(path + "/artifacts/cloudformation/bootstrap-role"),
                globex.call("PUT", path + "/inputs", inputs, "If-Match", etag),
                globex.post(path + "/submit", null, "If-Match", etag),
                globex.post(path + "/runs/start", null),
                globex.post(path + "/verify", null),
                globex.post(path + "/changes", "{\"allowList\":[\"198.51.100.7\"]}"),
                globex.get(path + "/changes"),
                globex.get(path + "/changes/" + java.util.UUID.randomUUID()),
                globex.call("DELETE", path, null, "If-Match", etag));

        assertThat(calls).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()).isEqualTo(404);
            assertThat(json(response).get("type").asString()).isEqualTo("urn:byoc:problem:not-found");
        });
        assertThat(json(globex.get("/api/v1/onboardings")).findValuesAsString("id"))
                .doesNotContain(json(alice.get(path)).get("id").asString());
        assertThat(alice.get(path).headers().firstValue("ETag")).as("nothing changed").contains(etag);
    }

    @Test
    void aDriftCheckOfADraftIsRefusedWithTheStateItNeeds() {
        var response = alice.post(path + "/verify", null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:byoc:problem:run-state");
        assertThat(json(response).get("detail").asString()).contains("DRAFT", "ready onboarding");
    }

    @Test
    void aChangeOfADraftIsRefusedUntilItIsReadyAndItsListIsEmpty() {
        var response = alice.post(path + "/changes", "{\"allowList\":[\"198.51.100.7\"]}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:byoc:problem:change-refused");
        assertThat(json(response).get("reason").asString()).isEqualTo("NOT_READY");
        assertThat(json(alice.get(path + "/changes"))).isEmpty();
    }

    @Test
    void aCustomerTokenCannotCallSupportEndpoints() {
        String id = json(alice.get(path)).get("id").asString();
        String change = "/api/v1/support/onboardings/" + id + "/changes/" + java.util.UUID.randomUUID();

        assertThat(List.of(alice.post("/api/v1/support/onboardings/" + id + "/approve", null),
                alice.post(change + "/approve", null),
                alice.post(change + "/refuse", "{\"text\":\"no\"}"),
                alice.get("/api/v1/support/onboardings/" + id + "/tasks"),
                alice.get("/api/v1/support/audit")))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(403));
        assertThat(json(alice.get(path)).get("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aCustomerClientIsNotGrantedTheSupportScope() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ApiClient.signIn(port, "sandbox-org-ci", "sandbox-ci-secret", "read write support"))
                .hasMessageContaining("invalid_scope");
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() {
        var readOnly = ApiClient.signIn(port, "sandbox-org-ci", "sandbox-ci-secret", "read");

        assertThat(readOnly.get(path).statusCode()).isEqualTo(200);
        assertThat(readOnly.post("/api/v1/onboardings", null).statusCode()).isEqualTo(403);
        assertThat(readOnly.call("DELETE", path, null, "If-Match", etag).statusCode()).isEqualTo(403);
        assertThat(readOnly.get(path + "/changes").statusCode()).isEqualTo(200);
        assertThat(readOnly.post(path + "/changes", "{\"allowList\":[\"198.51.100.7\"]}").statusCode()).isEqualTo(403);
    }

    @Test
    void supportReadsEveryOrganizationsOnboardingButCannotChangeItsInputs() {
        var support = ApiClient.support(port);
        String inputs = json(alice.get(path)).get("inputs").toString();

        assertThat(support.get(path).statusCode()).isEqualTo(200);
        assertThat(support.call("PUT", path + "/inputs", inputs, "If-Match", etag).statusCode()).isEqualTo(403);
        assertThat(support.get(path + "/changes").statusCode()).isEqualTo(200);
        assertThat(support.post(path + "/changes", "{\"allowList\":[\"198.51.100.7\"]}").statusCode()).isEqualTo(403);
    }
}
