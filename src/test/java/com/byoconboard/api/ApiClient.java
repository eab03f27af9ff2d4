package com.byoconboard.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A machine client of the API as a pipeline would be one: a client-credentials token from the local issuer,
 * then plain HTTP with it. {@link #json} and the call methods keep the tests about what they send and see.
 */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in as {@code clientId} of the sandbox's configuration, asking for {@code scopes} (space-separated). */
    public static ApiClient signIn(int port, String clientId, String secret, String scopes) {
        String base = "http://localhost:" + port;
        var request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + scopes.replace(" ", "%20")))
                .build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
        }
        return new ApiClient(base, JSON.readTree(response.body()).get("access_token").asString());
    }

    public static ApiClient sandboxCustomer(int port) {
        return signIn(port, "sandbox-org-ci", "sandbox-ci-secret", "read write");
    }

    public static ApiClient globexCustomer(int port) {
        return signIn(port, "globex-ci", "globex-ci-secret", "read write");
    }

    public static ApiClient support(int port) {
        return signIn(port, "vendor-support", "support-secret", "read write support");
    }

    public HttpResponse<String> call(String method, String path, String body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return call("GET", path, null, headers);
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return call("POST", path, body, headers);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
