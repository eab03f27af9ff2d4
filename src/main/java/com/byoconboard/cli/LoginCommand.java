package com.byoconboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Callable;

/** {@code byoc login}: a client-credentials token from the app's issuer, kept in the config file for the other commands. */
@Command(name = "login", mixinStandardHelpOptions = true, sortOptions = false)
final class LoginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:8080", descriptionKey = "option.server")
    URI server;

    @Option(names = "--client-id", required = true, paramLabel = "ID", descriptionKey = "option.client-id")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", defaultValue = "${env:BYOC_CLIENT_SECRET}",
            descriptionKey = "option.client-secret")
    String clientSecret;

    @Option(names = "--scope", paramLabel = "SCOPES", defaultValue = "read write", descriptionKey = "option.scope")
    String scope;

    @Override
    public Integer call() throws IOException {
        var cli = ByocCli.of(spec);
        var texts = cli.texts;
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new CliException(Exit.USAGE, texts.get("cli.login.no-secret"));
        }
        URI tokenUri = server.resolve("/oauth2/token");
        var request = HttpRequest.newBuilder(tokenUri)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(scope, StandardCharsets.UTF_8)))
                .build();
        var response = Api.exchange(request, server, texts);
        if (response.statusCode() != 200) {
            throw new CliException(Exit.NOT_SIGNED_IN, texts.get("cli.login.refused", tokenUri,
                    response.statusCode(), response.body()));
        }
        var token = Api.JSON.readTree(response.body());
        var expiresAt = cli.clock.instant().plusSeconds(token.path("expires_in").asLong(300));
        var config = new CliConfig(server.toString(), clientId, token.path("access_token").asString(), expiresAt);
        config.write(cli.configPath());
        ByocCli.out(spec).println(texts.get("cli.login.done", server, clientId, token.path("scope").asString(scope),
                expiresAt, cli.configPath()));
        return Exit.OK.code;
    }
}
