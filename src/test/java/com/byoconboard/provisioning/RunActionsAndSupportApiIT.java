package com.byoconboard.provisioning;

import com.byoconboard.api.ApiClient;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.onboarding.OnboardingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's artifacts, the run actions besides start and tear down (cancel, retry), the run resource, and the
 * support endpoints besides approve (request changes, tasks, the audit export), on the emulator with IAM enforced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MotoBacked
class RunActionsAndSupportApiIT {

    @LocalServerPort
    int port;
    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;

    final Object emptyAccount = MotoFixture.fresh();

    @Test
    void theArtifactsAreTheWizardsTemplatesZipAndQuickCreateLink() {
        var customer = ApiClient.sandboxCustomer(port);
        var created = json(customer.post("/api/v1/onboardings",
                ApiClient.JSON.writeValueAsString(TestOnboardings.newVpc(OnboardingInputs.initial()))));
        String path = "/api/v1/onboardings/" + created.get("id").asString() + "/artifacts";

        var template = customer.get(path + "/cloudformation/bootstrap-role");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(template.body()).contains("AWS::IAM::Role", created.get("externalId").asString());

        var zip = customer.call("GET", path + "/terraform.zip", null);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(zip.body()).startsWith("PK");

        var link = json(customer.get(path + "/quick-create/bootstrap-role"));
        assertThat(link.get("url").asString()).contains("cloudformation", "quickcreate", "templateURL=");

        assertThat(customer.get(path + "/cloudformation/no-such-template").statusCode()).isEqualTo(400);
    }

    @Test
    void supportSendsBackApprovesAndThenARunIsCancelledAndRetriedToReady() {
        var customer = ApiClient.sandboxCustomer(port);
        var support = ApiClient.support(port);
        var created = customer.post("/api/v1/onboardings",
                ApiClient.JSON.writeValueAsString(TestOnboardings.newVpc(OnboardingInputs.initial())));
        UUID id = UUID.fromString(json(created).get("id").asString());
        String path = "/api/v1/onboardings/" + id;
        MotoFixture.roleFromTemplate(iac, onboardings.getForVendor(new OnboardingId(id)));
        assertThat(json(customer.get(path + "/run")).get("state").isNull()).as("no run before the first start").isTrue();

        assertThat(customer.post(path + "/submit", null).statusCode()).isEqualTo(200);
        var sentBack = support.post("/api/v1/support/onboardings/" + id + "/request-changes",
                "{\"text\":\"Please confirm the allow-list\"}");
        assertThat(json(sentBack).get("state").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(customer.post(path + "/submit", null).statusCode()).isEqualTo(200);
        assertThat(json(support.post("/api/v1/support/onboardings/" + id + "/approve", null)).get("state").asString())
                .isEqualTo("APPROVED");

        assertThat(customer.post(path + "/runs/start", null).statusCode()).isEqualTo(202);
        var cancelled = json(customer.post(path + "/runs/cancel", null));
        assertThat(cancelled.get("state").asString()).as(cancelled.toString()).isEqualTo("SUCCEEDED");
        assertThat(cancelled.at("/run/state").asString()).isEqualTo("CANCELLED");
        // A step under way when the run was cancelled still finishes; retry waits for it.
        poll(customer, path + "/run", run -> run.findValuesAsString("state").stream().noneMatch("RUNNING"::equals));

        var retried = customer.post(path + "/runs/retry", null, "Idempotency-Key", "retry-" + id);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        var operation = poll(customer, retried.headers().firstValue("Location").orElseThrow(),
                op -> op.get("done").asBoolean());
        assertThat(operation.get("state").asString()).as(operation.toString()).isEqualTo("SUCCEEDED");
        assertThat(json(customer.get(path)).get("state").asString()).isEqualTo("READY");
        assertThat(json(customer.get(path + "/run")).get("progress").asDouble()).isEqualTo(1.0);

        var audit = support.get("/api/v1/support/audit");
        assertThat(audit.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(audit.body()).contains(id.toString(), "Please confirm the allow-list");
    }

    @Test
    void supportSeesAndMovesTheGuidesTasksOfAPeeredOnboarding() {
        var customer = ApiClient.sandboxCustomer(port);
        var support = ApiClient.support(port);
        var inputs = TestOnboardings.newVpc(OnboardingInputs.initial()).withConnectivity(c -> c.withPeeringEnabled(true)
                .withPeers(List.of(new VpcPeer("123456789012", "vpc-0peer", "172.31.0.0/16"))));
        String id = json(customer.post("/api/v1/onboardings", ApiClient.JSON.writeValueAsString(inputs)))
                .get("id").asString();
        String tasks = "/api/v1/support/onboardings/" + id + "/tasks";

        var listed = json(support.get(tasks));
        // The peer CIDR's security-group rule is the app's own provisioning step, not a support task.
        assertThat(listed.findValuesAsString("kind")).containsExactly("ENABLE_PRIVATE_LOAD_BALANCER",
                "REMOVE_PUBLIC_LOAD_BALANCER");
        var done = support.call("PUT", tasks + "/ENABLE_PRIVATE_LOAD_BALANCER", "\"DONE\"");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).get("state").asString()).isEqualTo("DONE");
        var skipped = support.call("PUT", tasks + "/REMOVE_PUBLIC_LOAD_BALANCER", "\"DONE\"");
        assertThat(skipped.statusCode()).as("not asked for yet: it cannot be done").isEqualTo(400);
        assertThat(support.get("/api/v1/support/audit").body()).contains("ENABLE_PRIVATE_LOAD_BALANCER");
        assertThat(customer.call("PUT", tasks + "/ENABLE_PRIVATE_LOAD_BALANCER", "\"DONE\"").statusCode()).isEqualTo(403);
    }

    private static JsonNode poll(ApiClient client, String path, Predicate<JsonNode> until) {
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = client.get(path);
            var body = json(response);
            if (until.test(body)) {
                return body;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " never got there: " + client.get(path).body());
    }
}
