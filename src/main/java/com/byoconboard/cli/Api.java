package com.byoconboard.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The app as the CLI sees it: {@code /api/v1} over HTTP with the bearer token, in the user's language. An answer
 * the API refused becomes a {@link CliException} with the problem's title and detail and an exit code that says
 * what kind of refusal it was.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI server;
    private final String token;
    private final Texts texts;

    Api(URI server, String token, Texts texts) {
        this.server = server;
        this.token = token;
        this.texts = texts;
    }

    /** One answer: its ETag (the version, for If-Match) and its body as JSON (null when empty). */
    record Answer(Optional<String> etag, JsonNode body) {
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    Answer put(String path, Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    private Answer send(String method, String path, Object body, String... headers) {
        var builder = HttpRequest.newBuilder(server.resolve(path))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", texts.locale().toLanguageTag())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        var response = exchange(builder.build(), server, texts);
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        if (response.statusCode() >= 400) {
            throw refused(response.statusCode(), json);
        }
        return new Answer(response.headers().firstValue("ETag"), json);
    }

    /** Sends one request; an app that cannot be reached is said so, with the address that was tried. */
    static HttpResponse<String> exchange(HttpRequest request, URI server, Texts texts) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException(Exit.UNREACHABLE, texts.get("cli.http.unreachable", server,
                    Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(Exit.UNREACHABLE, texts.get("cli.http.unreachable", server, e));
        }
    }

    private CliException refused(int status, JsonNode problem) {
        Exit exit = switch (status) {
            case 401, 403 -> Exit.NOT_SIGNED_IN;
            case 404 -> Exit.NOT_FOUND;
            case 409, 412, 428 -> Exit.CONFLICT;
            case 400, 422 -> Exit.INVALID;
            default -> status >= 500 ? Exit.UNREACHABLE : Exit.CONFLICT;
        };
        if (problem == null || !problem.has("title")) {
            return new CliException(exit, texts.get(status == 401 ? "cli.http.unauthorized" : "cli.http.status", status));
        }
        return new CliException(exit, problem.path("title").asString("") + ": " + problem.path("detail").asString(""));
    }
}
