package com.byoconboard.aws;

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
import java.util.Map;

/**
 * A local AWS emulator ({@code moto_server}) run as a child process on a free loopback port: the sandbox
 * profile's "AWS account", and what the integration tests talk to. The real SDK talks to it over HTTP.
 */
public final class MotoServer implements AutoCloseable {

    public static final String EXECUTABLE = "moto_server";
    /**
     * Runs moto under a shell that stops it as soon as its standard input closes, which the kernel does when this
     * JVM ends in any way, {@code kill -9} included: a moto outliving the app would keep its port and its memory
     * for nobody (the next start makes new, empty ones). moto gets a process group of its own, killed whole: a
     * pyenv shim may run the Python process as its child, which killing the shim alone would leave behind.
     */
    private static final String WATCHDOG = """
            setsid "$@" </dev/null & moto=$!
            cat >/dev/null
            kill -- -$moto 2>/dev/null
            wait $moto""";

    private final Process process;
    private final int port;
    private final Path log;

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts moto on a free port and waits until it answers; the process is stopped by {@link #close()}. */
    public static MotoServer start(Map<String, String> environment) {
        var server = launch(environment);
        server.awaitReady();
        return server;
    }

    /**
     * Starts moto on a free port without waiting for it: Python takes seconds to import moto, which the caller can
     * spend on other work before {@link #awaitReady()}. The process is stopped by {@link #close()}.
     */
    public static MotoServer launch(Map<String, String> environment) {
        String executable = findExecutable().orElseThrow(() -> new IllegalStateException(
                EXECUTABLE + " is not on the PATH. Install moto (pip install 'moto[server]') or start the app"
                        + " without the sandbox profile."));
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-", ".log");
            List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "moto-watchdog", executable, "-H",
                    "127.0.0.1", "-p", String.valueOf(port)));
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            var server = new MotoServer(builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + executable + ": " + e.getMessage(), e);
        }
    }

    public static MotoServer start() {
        return start(Map.of("MOTO_IAM_LOAD_MANAGED_POLICIES", "true"));
    }

    /** Where {@value #EXECUTABLE} is, if anywhere on the PATH. */
    public static java.util.Optional<String> findExecutable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, EXECUTABLE);
            if (candidate.canExecute()) {
                return java.util.Optional.of(candidate.getAbsolutePath());
            }
        }
        return java.util.Optional.empty();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /**
     * Clears every resource in every account (moto's own reset API), IAM users and keys included. On a server
     * with IAM enforced this does not reopen the unauthenticated window: see {@link #allowUnauthenticated}.
     */
    public void reset() {
        post("/moto-api/reset", "");
    }

    /**
     * On a server started with {@code INITIAL_NO_AUTH_ACTION_COUNT}: lets the next {@code calls} requests (from
     * anyone) through without authentication, then enforces IAM again.
     */
    public void allowUnauthenticated(int calls) {
        // moto parses the body as a bare number; a JSON body answers HTTP 500.
        post("/moto-api/reset-auth", String.valueOf(calls));
    }

    /** Seeds moto's random numbers: the same calls after the same seed create the same IDs and access keys. */
    public void seed(int seed) {
        post("/moto-api/seed?a=" + seed, "");
    }

    /**
     * Sends one of moto's own (idempotent) control requests. A busy moto now and then drops the connection without an
     * answer ("header parser received no bytes", seen in CI), so a dropped request is sent again, twice at most.
     */
    private void post(String path, String body) {
        for (int attempt = 1; ; attempt++) {
            try {
                var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint().resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException("moto " + path + " answered " + response.statusCode());
                }
                return;
            } catch (IOException e) {
                if (attempt == 3) {
                    throw new IllegalStateException("moto did not answer " + path + " (3 tries)", e);
                }
                sleep(200L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits until moto answers (a minute at most); stops it and throws if it does not. */
    public void awaitReady() {
        Duration timeout = Duration.ofSeconds(60);
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited at start; its output is in " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(endpoint().resolve("/moto-api/")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("moto_server did not answer within " + timeout + "; output in " + log);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(5), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
