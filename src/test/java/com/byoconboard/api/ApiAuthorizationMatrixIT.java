package com.byoconboard.api;

import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.UUID;

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
    @Autowired
    OnboardingService onboardings;
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
                globex.post(path + "/repair", null),
                globex.get(path + "/access-grants"),
                globex.get(path + "/access-sessions"),
                globex.post(path + "/offboarding", null),
                globex.get(path + "/offboarding"),
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
    void repairOfADraftIsRefusedAndADraftHasNoOffboardingYet() {
        assertThat(json(alice.post(path + "/repair", null)).get("type").asString()).isEqualTo("urn:byoc:problem:run-state");
        var none = alice.get(path + "/offboarding");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).get("type").asString()).isEqualTo("urn:byoc:problem:offboarding-not-found");
        assertThat(json(alice.post(path + "/offboarding", null)).get("type").asString())
                .isEqualTo("urn:byoc:problem:run-state");
    }

    @Test
    void supportActsInTheAccountOnlyUnderAGrantThatOnlyTheOwningCustomerDecides() {
        String id = submitted();
        var support = ApiClient.support(port);
        var refused = support.post(path + "/verify", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).isEqualTo("urn:byoc:problem:access-grant-required");
        assertThat(json(refused).get("detail").asString()).contains("VERIFY", "READ_ONLY", id);

        String grants = "/api/v1/support/onboardings/" + id + "/access-grants";
        var tooShort = support.post(grants, "{\"reason\":\"look\",\"durationMinutes\":5}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(json(tooShort).get("type").asString()).isEqualTo("urn:byoc:problem:access-request-invalid");
        assertThat(json(tooShort).get("detail").asString()).contains("15 minutes", "12 hours", "5 minutes");
        assertThat(alice.post(grants, "{\"reason\":\"me\",\"durationMinutes\":60}").statusCode()).isEqualTo(403);

        var requested = support.post(grants, "{\"reason\":\"Verify the NAT gateway\",\"durationMinutes\":60}");
        assertThat(requested.statusCode()).isEqualTo(201);
        assertThat(json(requested).get("state").asString()).isEqualTo("REQUESTED");
        assertThat(json(requested).get("scope").asString()).isEqualTo("READ_ONLY");
        String approve = path + "/access-grants/" + json(requested).get("id").asString() + "/approve";
        var readOnly = ApiClient.signIn(port, "sandbox-org-ci", "sandbox-ci-secret", "read");
        assertThat(List.of(support.post(approve, null), readOnly.post(approve, null)))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(403));
        assertThat(globex.post(approve, null).statusCode()).isEqualTo(404);
        assertThat(json(alice.get(path + "/access-grants")).get(0).get("state").asString()).isEqualTo("REQUESTED");

        var approved = alice.post(approve, null);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved).get("state").asString()).isEqualTo("APPROVED");
        assertThat(json(approved).get("decidedBy").asString()).isEqualTo("sandbox-org-ci");
        assertThat(json(support.get(grants)).get(0).get("state").asString()).isEqualTo("APPROVED");
        var revoked = alice.post(approve.replace("/approve", "/revoke"), null);
        assertThat(json(revoked).get("state").asString()).isEqualTo("REVOKED");
        assertThat(json(alice.get(path + "/access-sessions")).size()).isZero();
    }

    /** Alice's draft, filled in and submitted through the service (the API's submission is OnboardingsApiIT's). */
    private String submitted() {
        var id = new OnboardingId(UUID.fromString(json(alice.get(path)).get("id").asString()));
        TestLogins.alice();
        try {
            var draft = onboardings.editDraft(TestLogins.SANDBOX, id, onboardings.get(TestLogins.SANDBOX, id).version(),
                    in -> ValidInputs.newVpc());
            onboardings.submit(TestLogins.SANDBOX, id, draft.version());
        } finally {
            TestLogins.signOut();
        }
        return id.toString();
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
