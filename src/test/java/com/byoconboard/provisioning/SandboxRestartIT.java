package com.byoconboard.provisioning;

import com.byoconboard.api.ApiClient;
import com.byoconboard.aws.MotoServer;
import com.byoconboard.iac.EmulatorPolicy;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.testing.RequiredTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox app as a real process (its own JVM, port and data directory) is killed with SIGKILL after a run
 * created resources in its emulator, and started again: no moto of the first app is left, and the API shows no
 * resource of the first run as existing; Retry provisions anew. Before the kill, the run's and the AWS calls'
 * metrics are read from /actuator/prometheus with the metrics credential, which anonymous callers are refused.
 */
class SandboxRestartIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A key no IAM user has: signed, so that moto knows the service, and refused where IAM is enforced. */
    private static final StaticCredentialsProvider NOBODY = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("unauthenticated", "unauthenticated"));

    @TempDir
    Path dataDir;
    private Process app;

    @AfterEach
    void stopApp() {
        if (app != null) {
            stop(app);
        }
    }

    @Test
    void afterAKillAndARestartNoEmulatorIsLeftAndNoResourceIsClaimedThatDoesNotExist() throws Exception {
        RequiredTool.require(MotoServer.EXECUTABLE, "Install moto: pip install 'moto[server]'");
        int port = freePort();
        app = start(port);
        var customer = ApiClient.sandboxCustomer(port);
        var support = ApiClient.support(port);

        var created = customer.post("/api/v1/onboardings",
                ApiClient.JSON.writeValueAsString(TestOnboardings.newVpc(OnboardingInputs.initial())),
                "Idempotency-Key", "restart-" + UUID.randomUUID());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = created.headers().firstValue("Location").orElseThrow();
        String id = json(created).get("id").asString();
        createRoleAsTheCustomer(customer.get(path + "/artifacts/cloudformation/bootstrap-role").body());
        assertThat(customer.post(path + "/submit", null, "If-Match", created.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(200);
        support.post("/api/v1/support/onboardings/" + id + "/approve", null);
        var run = await(customer, customer.post(path + "/runs/start", null));
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        String operation = "/api/v1/operations/" + run.get("id").asString();
        List<JsonNode> resources = run.at("/run/steps").findParents("resourceId");
        assertThat(resources).isNotEmpty().allMatch(r -> !r.get("deleted").asBoolean());

        // Metrics: only for the scraper's credential.
        var anonymous = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var scraper = ApiClient.signIn(port, "metrics-scraper", "metrics-secret", "metrics");
        String metrics = scraper.get("/actuator/prometheus").body();
        assertThat(metrics)
                .containsPattern("byoc_runs_finished_seconds_count\\{[^}]*outcome=\"succeeded\"[^}]*} 1")
                .containsPattern("byoc_steps_seconds_count\\{[^}]*outcome=\"done\"[^}]*step=\"vpc\"")
                .containsPattern("byoc_aws_calls_seconds_count\\{[^}]*operation=\"CreateVpc\",outcome=\"success\","
                        + "service=\"ec2\"} 1")
                .containsPattern("byoc_aws_calls_seconds_count\\{[^}]*operation=\"AssumeRole\"[^}]*service=\"sts\"")
                .contains("jobrunr_jobs_by_state");
        assertThat(support.get("/actuator/prometheus").statusCode()).as("an API token without the metrics scope")
                .isEqualTo(403);

        List<ProcessHandle> emulators = app.toHandle().descendants().toList();
        assertThat(emulators).as("the sandbox's motos and their watchdogs").anyMatch(runs(MotoServer.EXECUTABLE));
        app.destroyForcibly().waitFor();
        awaitGone(emulators);

        app = start(port);
        customer = ApiClient.sandboxCustomer(port); // the restarted issuer signs with new keys
        assertThat(emulators).as("no moto of the killed app is left").noneMatch(ProcessHandle::isAlive);
        var after = json(customer.get(operation));
        assertThat(after.at("/run/steps").findParents("resourceId")).as(after.toString())
                .hasSameSizeAs(resources).allMatch(r -> r.get("deleted").asBoolean());
        assertThat(json(customer.get(path)).get("state").asString()).isEqualTo("FAILED");
        assertThat(after.toString()).contains("sandbox's emulated AWS");

        var retried = await(customer, customer.post(path + "/runs/retry", null));
        assertThat(retried.get("state").asString()).as(retried.toString()).isEqualTo("SUCCEEDED");
        assertThat(retried.at("/run/steps").findParents("resourceId").stream().filter(r -> !r.get("deleted").asBoolean()))
                .as("created anew in the new emulator").hasSameSizeAs(resources);
        assertThat(json(customer.get(path)).get("state").asString()).isEqualTo("READY");
    }

    /**
     * What the customer's administrator does with our template (the sandbox's button is in the browser): creates
     * the stack in the app's emulator, in a window of exactly its two calls without authentication, as
     * {@code EmulatedAws} creates identities.
     */
    private void createRoleAsTheCustomer(String template) {
        URI moto = enforcedMoto();
        post(moto.resolve("/moto-api/reset-auth"), "2");
        try (var cfn = CloudFormationClient.builder().endpointOverride(moto).region(Region.US_EAST_1)
                .credentialsProvider(NOBODY)
                .overrideConfiguration(c -> c.putHeader("x-moto-account-id", TestOnboardings.ACCOUNT)
                        .retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            cfn.createStack(r -> r.stackName("byoc-bootstrap-role").templateBody(EmulatorPolicy.widenNonS3Resources(template))
                    .capabilities(Capability.CAPABILITY_NAMED_IAM));
            assertThat(cfn.describeStacks(r -> r.stackName("byoc-bootstrap-role")).stacks().getFirst().stackStatusAsString())
                    .isEqualTo("CREATE_COMPLETE");
        } finally {
            post(moto.resolve("/moto-api/reset-auth"), "0");
        }
    }

    /** Of the app's two motos, the one with IAM enforced (the other serves EKS only). */
    private URI enforcedMoto() {
        return app.toHandle().descendants().filter(runs(MotoServer.EXECUTABLE))
                .map(p -> p.info().arguments().orElseThrow())
                .map(args -> URI.create("http://127.0.0.1:" + args[List.of(args).indexOf("-p") + 1]))
                .distinct()
                .filter(endpoint -> {
                    try (var iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                            .credentialsProvider(NOBODY)
                            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
                        iam.listRoles();
                        return false;
                    } catch (IamException refused) {
                        return refused.statusCode() == 403;
                    }
                })
                .findFirst().orElseThrow(() -> new AssertionError("no moto with IAM enforced among "
                        + app.toHandle().descendants().map(p -> p.info().commandLine().orElse("?")).toList()));
    }

    private static Predicate<ProcessHandle> runs(String executable) {
        return p -> p.info().arguments().map(args -> Stream.of(args).anyMatch(a -> a.endsWith(executable))).orElse(false);
    }

    private Process start(int port) throws Exception {
        Path log = dataDir.resolve("app-" + Instant.now().toEpochMilli() + ".log");
        // An app that lives for a minute: C1 alone starts it with less of the two cores' time.
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx700m",
                "-XX:TieredStopAtLevel=1", "-cp", appClassPath(), "com.byoconboard.ByocOnboardApplication", "--server.port=" + port,
                // The run is started through the API, to follow it as an operation.
                "--byoc.provisioning.auto-start-on-submit=false"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BYOC_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited: " + Files.readString(log));
            }
            try {
                var health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stop(process);
        throw new AssertionError("the app did not start within 5 minutes: " + Files.readString(log));
    }

    /** The app's classes and dependencies as this JVM has them, without the tests' own (their configuration). */
    private static String appClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") || entry.contains("failsafe")) {
                // Failsafe's manifest-only jar: the real class path is in its manifest.
                try (var jar = new JarFile(entry)) {
                    for (String url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                        entries.add(Path.of(URI.create(url)).toString());
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries.stream().filter(e -> !e.contains("test-classes")).toList());
    }

    private static void awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static void stop(Process process) {
        var children = process.toHandle().descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static JsonNode await(ApiClient client, HttpResponse<String> accepted) throws InterruptedException {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String operation = accepted.headers().firstValue("Location").orElseThrow();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var polled = json(client.get(operation));
            if (polled.get("done").asBoolean()) {
                return polled;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("operation " + operation + " not done: " + client.get(operation).body());
    }

    private static void post(URI uri, String body) {
        try {
            HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
