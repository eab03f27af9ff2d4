package com.byoconboard.cli;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/**
 * What {@code byoc login} keeps for the other commands: the app's address, the client and its access token.
 * The client secret is never stored; the file is readable by its owner only, as it holds a bearer token.
 */
record CliConfig(String server, String clientId, String accessToken, Instant expiresAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code $BYOC_CONFIG}, else {@code ~/.byoc/config.json}. */
    static Path defaultPath() {
        String env = System.getenv("BYOC_CONFIG");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".byoc", "config.json");
    }

    static CliConfig read(Path path, Texts texts) {
        if (!Files.exists(path)) {
            throw new CliException(Exit.NOT_SIGNED_IN, texts.get("cli.login.missing", path));
        }
        try {
            return JSON.readValue(Files.readString(path), CliConfig.class);
        } catch (IOException | RuntimeException e) {
            throw new CliException(Exit.NOT_SIGNED_IN, texts.get("cli.login.unreadable", path, e.getMessage()));
        }
    }

    void write(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "config", ".tmp");
        if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        Files.move(temp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The token, unless it has run out (then signing in again is the fix). */
    String token(Instant now, Texts texts) {
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new CliException(Exit.NOT_SIGNED_IN, texts.get("cli.login.expired", expiresAt, clientId));
        }
        return accessToken;
    }
}
