package com.byoconboard.aws;

import com.byoconboard.deployment.IamPolicy;
import com.byoconboard.deployment.RequiredPermission;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A reverse proxy in front of moto for tests: records every request (so a test can look at what the app
 * really sent, e.g. each AssumeRole's ExternalId), and injects faults moto cannot: answer an action with an
 * AWS error for its first N calls or whenever a condition holds, slow every call down, or go "down" (HTTP 503) after
 * a given call.
 */
public final class AwsProxy implements AutoCloseable {

    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "date");
    /**
     * moto with IAM enforced checks each request's SigV4 signature, which covers the Host header the client sent
     * (this proxy's address): it must reach moto unchanged. The JDK's HttpClient sends it only when the system
     * property {@code jdk.httpclient.allowRestrictedHeaders} contains {@code host} (set for Failsafe in pom.xml).
     */
    private static final String HOST = "host";

    /** One request as the app sent it; {@code params} are the form parameters of query-protocol APIs. */
    public record Call(String action, Map<String, String> params) {
    }

    /**
     * When a call came in, and when its answer left (ms since the proxy's last {@link #reset()}), and how much of it
     * the emulator itself took: a call timeline says whether a run's time went to AWS or to the app between calls.
     */
    public record Timed(String action, long startMillis, long endMillis, long upstreamMillis) {
    }

    private record Fault(String action, AtomicInteger remaining, int status, String code, String message) {
    }

    private record Rule(String action, Predicate<Call> when, int status, String code, String message) {
    }

    private final HttpServer server;
    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Timed> timeline = new CopyOnWriteArrayList<>();
    private volatile long epoch = System.nanoTime();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile String downAfter;
    private volatile CountDownLatch wentDown = new CountDownLatch(1);
    private volatile long delayMillis;
    private volatile Pending pending = Pending.NONE;
    private final Map<String, Long> createdAt = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean sessionPolicies;
    private final Map<String, IamPolicy> sessionPolicyByKey = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How long AWS keeps what it builds in the background pending after the create call (moto has it ready at
     * once): a NAT gateway, an EKS cluster, a node group. Zero: as moto answers.
     */
    public record Pending(java.time.Duration natGateway, java.time.Duration cluster, java.time.Duration nodeGroup) {
        public static final Pending NONE = new Pending(java.time.Duration.ZERO, java.time.Duration.ZERO,
                java.time.Duration.ZERO);
    }

    private AwsProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", this::handle);
        server.start();
    }

    public static AwsProxy to(URI target) {
        try {
            return new AwsProxy(target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every call passed on or answered since the last {@link #reset()}, in order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every call since the last {@link #reset()} with its timing, in the order they were answered. */
    public List<Timed> timeline() {
        return List.copyOf(timeline);
    }

    public List<Call> calls(String action) {
        return calls.stream().filter(c -> c.action().equals(action)).toList();
    }

    /** Answers the next {@code times} calls of {@code action} with an AWS error instead of passing them on. */
    public void fail(String action, int times, int status, String code, String message) {
        faults.add(new Fault(action, new AtomicInteger(times), status, code, message));
    }

    /**
     * Answers every call of {@code action} for which {@code when} holds with an AWS error: where AWS decides from the
     * account's state and moto does not (AssumeRole of a role that no longer exists), decided afresh for each call.
     */
    public void failWhen(String action, Predicate<Call> when, int status, String code, String message) {
        rules.add(new Rule(action, when, status, code, message));
    }

    /** Passes the next {@code action} on (AWS acts on it), then answers it and everything after with 503 until {@link #reset()}. */
    public void goDownAfter(String action) {
        wentDown = new CountDownLatch(1);
        downAfter = action;
    }

    public boolean awaitDown(long seconds) throws InterruptedException {
        return wentDown.await(seconds, TimeUnit.SECONDS);
    }

    public void delayEveryCall(long millis) {
        delayMillis = millis;
    }

    /** Answers looks at NAT gateways, clusters and node groups as pending until each has existed that long. */
    public void keepPending(Pending times) {
        pending = times;
        createdAt.clear();
    }

    /**
     * Evaluates session policies as AWS does and moto does not (moto keeps AssumeRole's {@code Policy} but checks
     * only the role's own policies): a call signed with credentials from an AssumeRole that carried a policy is
     * answered AccessDenied unless that policy allows its action. Evaluated for the query-protocol APIs (EC2, IAM,
     * STS), whose action is in the request; REST calls (S3, Route 53) pass as moto decides.
     */
    public void evaluateSessionPolicies() {
        sessionPolicies = true;
    }

    /** Back to a plain recording proxy: no faults, not down, no delay, nothing recorded. */
    public void reset() {
        sessionPolicies = false;
        sessionPolicyByKey.clear();
        faults.clear();
        rules.clear();
        down.set(false);
        downAfter = null;
        delayMillis = 0;
        pending = Pending.NONE;
        createdAt.clear();
        calls.clear();
        timeline.clear();
        epoch = System.nanoTime();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        long[] upstream = {0};
        String action = "?";
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> params = form(exchange, body);
            action = params.getOrDefault("Action", exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            calls.add(new Call(action, params));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (down.get()) {
                respond(exchange, 503, "");
                return;
            }
            for (Fault fault : faults) {
                if (fault.action().equals(action) && fault.remaining().getAndDecrement() > 0) {
                    respond(exchange, fault.status(), errorBody(params, fault.code(), fault.message()));
                    return;
                }
            }
            for (Rule rule : rules) {
                if (rule.action().equals(action) && rule.when().test(new Call(action, params))) {
                    respond(exchange, rule.status(), errorBody(params, rule.code(), rule.message()));
                    return;
                }
            }
            if (deniedBySessionPolicy(exchange, action, params)) {
                respond(exchange, 403, errorBody(params, "2016-11-15".equals(params.get("Version"))
                        ? "UnauthorizedOperation" : "AccessDenied", "not allowed by the session policy: " + action));
                return;
            }
            long forwarded = System.nanoTime();
            var response = forward(exchange, body);
            upstream[0] = System.nanoTime() - forwarded;
            rememberSessionPolicy(action, params, response.body());
            if (action.equals(downAfter)) {
                down.set(true);
                downAfter = null;
                wentDown.countDown();
                respond(exchange, 503, "");
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] out = stillPending(action, exchange.getRequestURI().getPath(), response.body());
            exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            long base = epoch;
            timeline.add(new Timed(action, (start - base) / 1_000_000, (System.nanoTime() - base) / 1_000_000,
                    upstream[0] / 1_000_000));
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        request.header(HOST, exchange.getRequestHeaders().getFirst(HOST));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Notes when a NAT gateway, cluster or node group was created (by the first create of its kind, which is how the
     * run and Terraform make them: all of a kind together) and rewrites a look at it to "pending" until its time is up.
     */
    private byte[] stillPending(String action, String path, byte[] body) {
        var times = pending;
        if (times == Pending.NONE) {
            return body;
        }
        long now = System.nanoTime();
        boolean nodeGroups = path.contains("/node-groups");
        if (action.equals("CreateNatGateway") || action.startsWith("POST /clusters")) {
            createdAt.putIfAbsent(action.equals("CreateNatGateway") ? "nat" : nodeGroups ? "nodegroup" : "cluster", now);
            return body;
        }
        String kind = action.equals("DescribeNatGateways") ? "nat" : !action.startsWith("GET /clusters/") ? ""
                : nodeGroups ? "nodegroup" : "cluster";
        Long created = createdAt.get(kind);
        if (created == null) {
            return body;
        }
        var duration = switch (kind) {
            case "nat" -> times.natGateway();
            case "cluster" -> times.cluster();
            default -> times.nodeGroup();
        };
        if (now - created >= duration.toNanos()) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        text = kind.equals("nat") ? text.replace("<state>available</state>", "<state>pending</state>")
                : text.replaceAll("\"status\"\\s*:\\s*\"ACTIVE\"", "\"status\": \"CREATING\"");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private boolean deniedBySessionPolicy(HttpExchange exchange, String action, Map<String, String> params) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        var credential = authorization == null ? null : CREDENTIAL.matcher(authorization);
        if (!sessionPolicies || credential == null || !credential.find() || !params.containsKey("Action")) {
            return false;
        }
        var policy = sessionPolicyByKey.get(credential.group(1));
        return policy != null && policy.evaluate(new RequiredPermission(credential.group(2) + ":" + action, "*", Map.of(), ""))
                != IamPolicy.Decision.ALLOWED;
    }

    private void rememberSessionPolicy(String action, Map<String, String> params, byte[] response) {
        if (!action.equals("AssumeRole") || !params.containsKey("Policy")) {
            return;
        }
        var key = ACCESS_KEY.matcher(new String(response, StandardCharsets.UTF_8));
        if (key.find()) {
            sessionPolicyByKey.put(key.group(1), IamPolicy.parse(params.get("Policy")));
        }
    }

    /** SigV4's {@code Credential=<key>/<date>/<region>/<service>/aws4_request}. */
    private static final java.util.regex.Pattern CREDENTIAL =
            java.util.regex.Pattern.compile("Credential=([^/]+)/[^/]+/[^/]+/([^/]+)/aws4_request");
    private static final java.util.regex.Pattern ACCESS_KEY = java.util.regex.Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");

    /** EC2's error document differs from the other query-protocol services' (IAM, STS). */
    private static String errorBody(Map<String, String> params, String code, String message) {
        if ("2016-11-15".equals(params.get("Version"))) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code + "</Code><Message>"
                    + message + "</Message></Error></Errors><RequestID>proxy</RequestID></Response>";
        }
        return "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                + "</Message></Error><RequestId>proxy</RequestId></ErrorResponse>";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> form(HttpExchange exchange, byte[] body) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        var params = new LinkedHashMap<String, String>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Collections.unmodifiableMap(params);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
