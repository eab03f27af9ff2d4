package com.byoconboard.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server from the local binaries ({@code initdb}, {@code postgres}, {@code pg_ctl}) in a temp
 * directory on a free loopback port, for one test; {@link #close()} stops it and deletes its data. As root
 * (CI), it runs as the {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    public static final String DATABASE = "byoc";
    public static final String USER = "byoc";

    private final Path dataDir;
    private final int port;
    private final List<String> runAs;
    private final Process server;

    private ThrowawayPostgres(Path dataDir, int port, List<String> runAs, Process server) {
        this.dataDir = dataDir;
        this.port = port;
        this.runAs = runAs;
        this.server = server;
    }

    /** Starts a fresh server, or skips the test (fails under CI=true) when the binaries are missing. */
    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        String howTo = "Install PostgreSQL server binaries (e.g. apt-get install postgresql) and put initdb/postgres/pg_ctl on the PATH.";
        String initdb = RequiredTool.require("initdb", howTo);
        String postgres = RequiredTool.require("postgres", howTo);
        Path base = Files.createTempDirectory("byoc-pg-");
        Path dataDir = base.resolve("data");
        List<String> runAs = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("chown", "-R", "postgres", base.toString()));
            runAs.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        run(with(runAs, initdb, "-D", dataDir.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync"));
        int port = freePort();
        var command = with(runAs, postgres, "-D", dataDir.toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + base, "-c", "fsync=off");
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("postgres.log").toFile()).start();
        var pg = new ThrowawayPostgres(dataDir, port, runAs, server);
        pg.awaitReady(Duration.ofSeconds(30));
        pg.createDatabase();
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("postgres exited at start; see " + dataDir.getParent().resolve("postgres.log"));
            }
            try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("postgres did not accept connections within " + timeout);
    }

    private void createDatabase() {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
             var s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        var pgCtl = RequiredTool.find("pg_ctl");
        if (pgCtl.isPresent()) {
            run(with(runAs, pgCtl.get(), "stop", "-m", "fast", "-D", dataDir.toString()));
        }
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
        server.destroyForcibly();
        run(List.of("rm", "-rf", dataDir.getParent().toString()));
    }

    private static List<String> with(List<String> prefix, String... command) {
        var all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
