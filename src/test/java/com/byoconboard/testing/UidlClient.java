package com.byoconboard.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's half of Vaadin's client-server protocol on plain HTTP, for load without browsers: signs in through the
 * app's OIDC flow (cookies, the issuer's password form, the code redirect), bootstraps a UI the way Vaadin's client
 * does (the page, then {@code ?v-r=init}), keeps the UI's node attributes and properties from every response, and
 * sends RPC invocations as {@code ?v-r=uidl} requests with the security key, {@code syncId} and {@code clientId} the
 * server expects (flow-client's MessageSender; flow-server's ServerRpcHandler and JsonConstants). Client to server
 * goes over XHR, as the browser's does here (the app's push configuration says {@code alwaysXhrToServer}); no push
 * websocket is opened.
 */
public final class UidlClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
    private static final Pattern INITIAL_UIDL = Pattern.compile("window\\.Vaadin\\.TypeScript= (\\{.*?\\});</script>", Pattern.DOTALL);
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;

    private final URI base;
    private final HttpClient http;
    /** This browser's cookies by name: the HTTP client is shared by many sessions, so it keeps none itself. */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    /** node → feature → key → last value put there. */
    private final Map<Integer, Map<Integer, Map<String, JsonNode>>> nodes = new HashMap<>();

    private UidlClient(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** One HTTP client for many sessions (one connection pool and selector thread instead of one per session). */
    public static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * A new browser session ({@code base} ends in /) signed in as {@code user} through the real OIDC flow: the app
     * sends an anonymous visitor to the issuer's password form, whose post leads back through the code exchange.
     */
    public static UidlClient signIn(HttpClient http, URI base, String user, String password) {
        var client = new UidlClient(base, http);
        var form = client.get(base);
        var csrf = CSRF_INPUT.matcher(form.body());
        if (!form.uri().getPath().endsWith("/login") || !csrf.find()) {
            throw new IllegalStateException("expected the issuer's sign-in form, got " + form.uri() + " " + form.statusCode());
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&" + enc(csrf.group(1)) + "=" + enc(csrf.group(2));
        var landed = client.send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (landed.statusCode() != 200 || landed.uri().getPath().contains("login") || landed.uri().getPath().contains("oauth2")) {
            throw new IllegalStateException("sign-in of " + user + " ended at " + landed.uri() + " " + landed.statusCode());
        }
        return client;
    }

    /**
     * Opens {@code location} (a route, e.g. {@code onboarding/ID/network}) as a browser tab does: the page, then,
     * unless the page carried it, the initial UIDL of a new UI from {@code ?v-r=init}.
     */
    public void open(String location) {
        nodes.clear();
        var page = get(base.resolve(location));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /" + location + " answered " + page.statusCode());
        }
        var inline = INITIAL_UIDL.matcher(page.body());
        JsonNode initial = inline.find() ? read(inline.group(1)).path("initial") : null;
        if (initial == null || initial.isMissingNode()) {
            var init = get(base.resolve("?v-r=init&location=" + enc(location) + "&query="
                    + "&v-sw=1360&v-sh=900&v-ww=1360&v-wh=900&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC"
                    + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=bench-" + System.nanoTime() + "&v-pr=1"));
            if (init.statusCode() != 200) {
                throw new IllegalStateException("init of /" + location + " answered " + init.statusCode());
            }
            initial = read(init.body());
        }
        var config = initial.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        var uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        if (uiId < 0 || securityKey.isEmpty()) {
            throw new IllegalStateException("no UI in the answer to /" + location + ": " + initial.toString().substring(0, 300));
        }
        clientId = 0;
        apply(uidl);
        // The UI is empty until the client asks for the route, as Flow's client router does after the init.
        uiNavigate(location, "");
    }

    /** The node whose element has {@code id}, e.g. {@code vpc-cidr}; the newest when a view was drawn again. */
    public Optional<Integer> nodeWithId(String id) {
        return nodes.entrySet().stream()
                .filter(n -> id.equals(text(n.getValue(), ATTRIBUTES, "id")) || id.equals(text(n.getValue(), PROPERTIES, "id")))
                .map(Map.Entry::getKey).max(Integer::compare);
    }

    /** The current value of a property of a node as the client knows it; missing when the server never set it. */
    public JsonNode property(int node, String name) {
        return nodes.getOrDefault(node, Map.of()).getOrDefault(PROPERTIES, Map.of()).getOrDefault(name, NODES.missingNode());
    }

    /**
     * What a browser sends when the customer leaves a text field after typing {@code value}: the value property
     * synchronised and the field's DOM {@code change} event with the value it reports. Returns the server's answer.
     */
    public Answer leaveField(int node, String value) {
        ArrayNode rpc = NODES.arrayNode();
        rpc.addObject().put("type", "mSync").put("node", node).put("feature", PROPERTIES).put("property", "value").put("value", value);
        var event = rpc.addObject().put("type", "event").put("node", node).put("event", "change");
        event.putObject("data").put("element.value", value);
        return send(rpc);
    }

    /** A click on the element of {@code node}, with the event data its click listener asks for. */
    public Answer click(int node) {
        ArrayNode rpc = NODES.arrayNode();
        var event = rpc.addObject().put("type", "event").put("node", node).put("event", "click");
        ObjectNode data = event.putObject("data");
        var listener = nodes.getOrDefault(node, Map.of()).getOrDefault(LISTENERS, Map.of()).get("click");
        if (listener != null) {
            // Each expression the server asked for ("event.ctrlKey", "event.screenX"): a key flag false, a number 0.
            for (var expression : listener.propertyNames()) {
                if (expression.endsWith("Key")) {
                    data.put(expression, false);
                } else {
                    data.put(expression, 0);
                }
            }
        }
        return send(rpc);
    }

    /** Navigation inside the UI, as a router link does (no new page, no new UI). */
    public Answer navigate(String location) {
        return uiNavigate(location, "link");
    }

    /** Flow's client router asking the UI (node 1) for a route; an empty trigger is a page load. */
    private Answer uiNavigate(String location, String trigger) {
        ArrayNode rpc = NODES.arrayNode();
        var event = rpc.addObject().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.putObject("data").put("route", location).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger).putNull("historyState");
        return send(rpc);
    }

    /** The route the server last pushed into the browser's history (after a navigation on the server). */
    public static Optional<String> pushedLocation(Answer answer) {
        for (var call : answer.uidl().path("execute")) {
            for (var part : call) {
                if (part.isString() && part.asString().startsWith("onboarding/")) {
                    return Optional.of(part.asString());
                }
            }
        }
        return Optional.empty();
    }

    /** One server round trip's answer: its UIDL and the changes it carried. */
    public record Answer(JsonNode uidl) {

        /** Whether this answer set property {@code name} of {@code node} to {@code value}. */
        public boolean sets(int node, String name, Object value) {
            for (var change : uidl.path("changes")) {
                if (change.path("node").asInt() == node && "put".equals(change.path("type").asString())
                        && change.path("feat").asInt() == PROPERTIES && name.equals(change.path("key").asString())
                        && String.valueOf(value).equals(value(change).asString(value(change).toString()))) {
                    return true;
                }
            }
            return false;
        }
    }

    private Answer send(ArrayNode rpc) {
        ObjectNode payload = NODES.objectNode().put("csrfToken", securityKey);
        payload.set("rpc", rpc);
        payload.put("syncId", syncId).put("clientId", clientId);
        var response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build());
        String body = response.body();
        if (response.statusCode() != 200 || !body.startsWith("{")) {
            throw new IllegalStateException("UIDL request answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
        var uidl = read(body);
        if (uidl.has("meta") && uidl.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("session expired: " + uidl.path("meta"));
        }
        clientId++;
        apply(uidl);
        return new Answer(uidl);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (var change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asString())) {
                nodes.computeIfAbsent(change.path("node").asInt(), n -> new HashMap<>())
                        .computeIfAbsent(change.path("feat").asInt(), f -> new HashMap<>())
                        .put(change.path("key").asString(), value(change));
            } else if ("detach".equals(change.path("type").asString())) {
                nodes.remove(change.path("node").asInt());
            }
        }
    }

    private static JsonNode value(JsonNode change) {
        return change.has("value") ? change.get("value") : change.path("nodeValue");
    }

    private static String text(Map<Integer, Map<String, JsonNode>> node, int feature, String key) {
        var value = node.getOrDefault(feature, Map.of()).get(key);
        return value == null ? null : value.asString(null);
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    /** Sends with this browser's cookies and follows redirects as a browser does (a POST's 302 becomes a GET). */
    private HttpResponse<String> send(HttpRequest request) {
        var next = request;
        for (int hop = 0; hop < 10; hop++) {
            var response = exchange(next);
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status < 300 || status > 399 || location.isEmpty()) {
                return response;
            }
            next = HttpRequest.newBuilder(response.uri().resolve(location.get())).GET().build();
        }
        throw new IllegalStateException("more than 10 redirects from " + request.uri());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        var builder = HttpRequest.newBuilder(request, (n, v) -> true).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (var set : response.headers().allValues("Set-Cookie")) {
                var pair = set.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
