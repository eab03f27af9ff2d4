package com.byoconboard.testing;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The live heap of a JVM after a full collection, by class: {@code jcmd PID GC.class_histogram} (which collects
 * first) for the app a benchmark started, the same diagnostic command asked in-process for the test's own JVM (jcmd
 * attached to the JVM that waits for it hangs).
 */
public record HeapHistogram(long totalBytes, Map<String, Long> bytesByClass) {

    /** The smallest of {@code readings} histograms: background threads (jobs, timers) allocate in between. */
    public static HeapHistogram of(long pid, int readings) {
        HeapHistogram least = null;
        for (int i = 0; i < readings; i++) {
            var histogram = of(pid);
            if (least == null || histogram.totalBytes < least.totalBytes) {
                least = histogram;
            }
        }
        return least;
    }

    private static HeapHistogram of(long pid) {
        String out = pid == ProcessHandle.current().pid() ? ownHistogram() : jcmdHistogram(pid);
        Map<String, Long> bytes = new HashMap<>();
        long total = -1;
        // "   1:         12345        678900  java.lang.String (java.base@25)" … "Total   123   456789"
        for (var line : out.lines().map(String::trim).toList()) {
            var f = line.split("\\s+");
            if (line.matches("\\d+:.*") && f.length >= 4) {
                bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
            } else if (line.startsWith("Total") && f.length >= 3) {
                total = Long.parseLong(f[2]);
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in the histogram of " + pid + ": " + out);
        }
        return new HeapHistogram(total, bytes);
    }

    private static String ownHistogram() {
        try {
            return ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}).toString();
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jcmdHistogram(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            var process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " GC.class_histogram failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + pid + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code top} classes that grew most from {@code before} to this one, with their growth in KB. */
    public String grownMost(HeapHistogram before, int top) {
        return bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> "%s +%d KB".formatted(e.getKey(), e.getValue() / 1024)).collect(Collectors.joining(", "));
    }
}
