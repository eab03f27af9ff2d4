package com.byoconboard.provisioning;

import com.byoconboard.api.ApiClient;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipeline onboards through the API alone, on the emulator with IAM enforced: create, validate, submit, support
 * approves, the run reaches READY while the client polls its operation, then tear down. The only step outside
 * the API is the customer's administrator creating the bootstrap role from our template in their account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MotoBacked
class ApiJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;

    final Object emptyAccount = MotoFixture.fresh();

    @Test
    void aPipelineTakesAnOnboardingToReadyAndTearsItDownThroughTheApiAlone() {
        var customer = ApiClient.sandboxCustomer(port);
        var support = ApiClient.support(port);

        var created = customer.post("/api/v1/onboardings",
                ApiClient.JSON.writeValueAsString(TestOnboardings.newVpc(OnboardingInputs.initial())),
                "Idempotency-Key", "journey-" + UUID.randomUUID());
        assertThat(created.statusCode()).isEqualTo(201);
        String path = created.headers().firstValue("Location").orElseThrow();
        var id = new OnboardingId(UUID.fromString(json(created).get("id").asString()));
        // The customer's administrator deploys the bootstrap-role template (it carries the ExternalId) in their account.
        String roleArn = MotoFixture.roleFromTemplate(iac, onboardings.getForVendor(id));
        assertThat(roleArn).isEqualTo(json(created).at("/inputs/bootstrapRole/roleArn").asString());

        var validation = json(customer.get(path + "/validation"));
        assertThat(validation.get("submittable").asBoolean()).as(validation.toString()).isTrue();
        assertThat(customer.post(path + "/submit", null, "If-Match", created.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(200);
        var approved = support.post("/api/v1/support/onboardings/" + id + "/approve", null);
        assertThat(json(approved).get("state").asString()).isEqualTo("APPROVED");

        var run = await(customer, customer.post(path + "/runs/start", null));
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/run/steps").findValuesAsString("resourceId")).isNotEmpty();
        assertThat(json(customer.get(path)).get("state").asString()).isEqualTo("READY");

        var tearDown = await(customer, customer.post(path + "/runs/tear-down", null));
        assertThat(tearDown.get("state").asString()).as(tearDown.toString()).isEqualTo("SUCCEEDED");
        assertThat(json(customer.get(path)).get("state").asString()).isEqualTo("TORN_DOWN");
        assertThat(json(customer.get("/api/v1/operations/" + run.get("id").asString())).get("state").asString())
                .as("the start operation keeps its outcome").isEqualTo("SUCCEEDED");
    }

    /** Polls the operation the action answered until it is done, as a pipeline would. */
    private static JsonNode await(ApiClient client, java.net.http.HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String operation = accepted.headers().firstValue("Location").orElseThrow();
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            var polled = json(client.get(operation));
            if (polled.get("done").asBoolean()) {
                return polled;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("operation " + operation + " not done: " + client.get(operation).body());
    }
}
