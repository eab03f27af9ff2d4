package com.byoconboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;

/** Runs the CLI in this JVM as a shell would run it, with its stdout, stderr and exit code captured (not a terminal). */
public final class Cli {

    private Cli() {
    }

    /** What one command printed and how it exited. */
    public record Result(int exit, String out, String err) {
    }

    public static Result run(Locale locale, Path config, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = ByocCli.commandLine(new ByocCli(locale, Clock.systemUTC(), false));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(Stream.concat(Stream.of("--config", config.toString()), Stream.of(args))
                .toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    public static Result run(Path config, String... args) {
        return run(Locale.ENGLISH, config, args);
    }
}
