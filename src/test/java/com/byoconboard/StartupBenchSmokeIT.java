package com.byoconboard;

import com.byoconboard.testing.RequiredTool;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench/startup} at the smallest size, in every build, so that it cannot rot: the jar this build packaged
 * (before the integration tests; not the production build the benchmark makes) extracted, an AOT cache trained from
 * it, and one start with that cache to its health check and first page; figures printed, nothing recorded, no time
 * asserted. The script stops the app it started; this test stops the script, also when it fails.
 */
class StartupBenchSmokeIT {

    @Test
    void theStartupBenchmarkTrainsAnAotCacheAndTimesAStartWithIt() throws IOException, InterruptedException {
        for (String tool : new String[] {"bash", "curl", "bc", "python3"}) {
            RequiredTool.require(tool, "bench/startup needs it: install it with your package manager.");
        }
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("byoc-onboard-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("plain")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run through `./byoc verify`,"
                            + " whose package phase builds it before the integration tests"));
        }
        Path log = Path.of("target", "bench-startup-smoke.log");
        var script = new ProcessBuilder("bash", "bench/startup").redirectErrorStream(true).redirectOutput(log.toFile());
        script.environment().putAll(Map.of("JAR", jar.toAbsolutePath().toString(),
                "WORK", "target/bench-startup-smoke", "MODES", "aot", "ROUNDS", "1", "RECORD", "0",
                "START_TIMEOUT", "240", "JAVA_HOME", System.getProperty("java.home")));
        // The app as the Docker image's training start runs it (docker/Dockerfile), which this also checks: outside
        // the sandbox (no motos to start, a third of a start's work here), the built-in issuer on a throwaway secret,
        // and AWS at a closed local port, so nothing leaves this machine.
        script.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "aot-training",
                "BYOC_IDENTITY_LOCAL_ISSUER_ENABLED", "true", "BYOC_LOCAL_ISSUER_SECRET", "aot-training-only",
                "BYOC_AWS_ENDPOINT", "http://127.0.0.1:9",
                // Only the quick compiler, for the training start and the measured one alike (an AOT cache wants
                // the same options): two starts cost this suite the least CPU that way.
                "JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1"));
        Process process = script.start();
        try {
            boolean ended = process.waitFor(8, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);
            assertThat(ended).as("bench/startup ended within 8 minutes").isTrue();
            assertThat(process.exitValue()).as("bench/startup's exit code; its output:%n%s", output).isZero();
            assertThat(output).containsPattern("aot +health +[0-9.]+ s +first page +[0-9.]+ s");
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
