package com.byoconboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Appends a benchmark's figures to {@code bench/results.md} with when, where and what was measured: date, host,
 * cores, the load averages at the end (the machine may be shared), JDK, and the commit (with "+changes" when the
 * work tree differs from it).
 */
public final class BenchResults {

    private static final Path FILE = Path.of("bench", "results.md");

    private BenchResults() {
    }

    public static void append(String title, List<String> lines) {
        var text = new StringBuilder("\n## ").append(title).append("\n\n")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" · ").append(machine()).append(" · commit ")
                .append(commit()).append("\n\n```\n");
        lines.forEach(line -> text.append(line).append('\n'));
        text.append("```\n");
        try {
            Files.writeString(FILE, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Host, cores, load averages (1, 5, 15 min), JDK. */
    public static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        String load;
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            load = fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            load = "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return "%s, %d cores, load %s, JDK %s".formatted(host, Runtime.getRuntime().availableProcessors(), load,
                Runtime.version());
    }

    private static String commit() {
        String head = git("rev-parse", "--short", "HEAD");
        return git("status", "--porcelain", "--untracked-files=no").isBlank() ? head : head + "+changes";
    }

    private static String git(String... arguments) {
        try {
            var command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(arguments));
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
