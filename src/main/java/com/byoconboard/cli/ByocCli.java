package com.byoconboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code byoc}: the command line client of the API. Started by {@code ./byoc cli ...} or
 * {@code java -jar byoc-onboard.jar cli ...}, without Spring: a pipeline gets an answer in well under a second.
 */
@Command(name = "byoc", mixinStandardHelpOptions = true, resourceBundle = Texts.BUNDLE,
        versionProvider = ByocCli.Version.class, sortOptions = false,
        subcommands = {LoginCommand.class, ApplyCommand.class, SubmitCommand.class, GetCommand.class,
                ListCommand.class, RunCommand.class})
public final class ByocCli {

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE", descriptionKey = "option.config")
    Path config;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "table|json|yaml",
            descriptionKey = "option.output", converter = FormatConverter.class)
    Format output = Format.TABLE;

    final Texts texts;
    final Clock clock;
    /** Whether stdout is a terminal that can redraw ({@code run watch}); otherwise plain lines. */
    final boolean terminal;

    ByocCli(Locale locale, Clock clock, boolean terminal) {
        this.texts = new Texts(locale);
        this.clock = clock;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        var console = System.console();
        boolean terminal = console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
        System.exit(commandLine(new ByocCli(Locale.getDefault(), Clock.systemUTC(), terminal)).execute(args));
    }

    /** The command line of {@code cli}, with the exit codes of {@link Exit} for what the commands report. */
    static CommandLine commandLine(ByocCli cli) {
        var commandLine = new CommandLine(cli);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CliException failure) {
                cmd.getErr().println(failure.getMessage());
                cmd.getErr().flush();
                return failure.exit.code;
            }
            throw e;
        });
        return commandLine;
    }

    /** The root command of the command a subcommand belongs to. */
    static ByocCli of(CommandSpec spec) {
        return (ByocCli) spec.root().userObject();
    }

    Path configPath() {
        return Optional.ofNullable(config).orElseGet(CliConfig::defaultPath);
    }

    /** The API as signed in with {@code byoc login}. */
    Api api() {
        var stored = CliConfig.read(configPath(), texts);
        return new Api(URI.create(stored.server()), stored.token(clock.instant(), texts), texts);
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }

    /** Accepts table, json and yaml in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** The app's version from the jar's manifest; "dev" when run from compiled classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"byoc " + Optional.ofNullable(ByocCli.class.getPackage().getImplementationVersion())
                    .orElse("dev")};
        }
    }
}
