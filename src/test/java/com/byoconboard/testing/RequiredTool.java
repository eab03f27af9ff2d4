package com.byoconboard.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.util.Optional;

/**
 * Tests that need an outside tool (moto_server, cfn-lint, terraform, chromium, PostgreSQL) call this first:
 * on a developer's machine without the tool the test is skipped with a message naming it; under
 * {@code CI=true} the absence fails the build, so CI never goes green by skipping.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    /** Returns the tool's absolute path, or skips (fails on CI) when it is not installed. */
    public static String require(String executable, String howToInstall) {
        Optional<String> found = find(executable);
        if (found.isPresent()) {
            return found.get();
        }
        String message = executable + " is not installed, so this test cannot run. " + howToInstall;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " (CI=true: a missing tool fails the build)");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    /** Looks for {@code executable} as an absolute path or on the PATH. */
    public static Optional<String> find(String executable) {
        File direct = new File(executable);
        if (direct.isAbsolute()) {
            return direct.canExecute() ? Optional.of(direct.getPath()) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, executable);
            if (candidate.canExecute()) {
                return Optional.of(candidate.getAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
