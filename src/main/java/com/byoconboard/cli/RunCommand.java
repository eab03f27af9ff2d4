package com.byoconboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code byoc run start|retry|cancel|teardown|watch}: the provisioning run, through the API's operations. */
@Command(name = "run", mixinStandardHelpOptions = true,
        subcommands = {RunCommand.Start.class, RunCommand.Retry.class, RunCommand.Cancel.class,
                RunCommand.TearDown.class, RunCommand.Watch.class})
final class RunCommand {

    /** How long and how often {@code watch} polls; shared by the actions' {@code --watch}. */
    static final class Polling {
        @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s", descriptionKey = "option.interval",
                converter = DurationConverter.class)
        Duration interval;

        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2h", descriptionKey = "option.timeout",
                converter = DurationConverter.class)
        Duration timeout;

        int watch(CommandSpec spec, Target target) {
            var cli = ByocCli.of(spec);
            return new RunWatch(cli.api(), target.path(cli.texts), cli.texts, ByocCli.out(spec), cli.terminal, cli.clock)
                    .watch(interval, timeout);
        }
    }

    /** Durations as people write them ({@code 2s}, {@code 90m}, {@code 2h}) or in ISO-8601 ({@code PT2S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            var written = java.util.regex.Pattern.compile("(\\d+)([smh])").matcher(value.trim());
            return written.matches() ? Duration.parse("PT" + written.group(1) + written.group(2).toUpperCase(java.util.Locale.ROOT))
                    : Duration.parse(value);
        }
    }

    /** Asks for one action (start, retry, cancel, tear-down) and prints the operation the API answered. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        @Mixin
        Polling polling;

        @Option(names = "--watch", descriptionKey = "option.watch")
        boolean watch;

        abstract String action();

        @Override
        public Integer call() {
            var cli = ByocCli.of(spec);
            var operation = cli.api().post(target.path(cli.texts) + "/runs/" + action(), null,
                    "Idempotency-Key", "cli-" + UUID.randomUUID()).body();
            String state = operation.path("state").asString();
            ByocCli.out(spec).print(cli.output.render(operation, () -> cli.texts.get("cli.run.operation",
                    action(), operation.path("id").asString(), state) + "\n"));
            if (state.equals("FAILED")) {
                return Exit.RUN_FAILED.code;
            }
            return watch ? polling.watch(spec, target) : Exit.OK.code;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Start extends Action {
        @Override
        String action() {
            return "start";
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Retry extends Action {
        @Override
        String action() {
            return "retry";
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Cancel extends Action {
        @Override
        String action() {
            return "cancel";
        }
    }

    @Command(name = "teardown", aliases = "tear-down", mixinStandardHelpOptions = true, sortOptions = false)
    static final class TearDown extends Action {
        @Override
        String action() {
            return "tear-down";
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Watch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        @Mixin
        Polling polling;

        @Override
        public Integer call() {
            return polling.watch(spec, target);
        }
    }
}
