package com.byoconboard.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.UUID;

/** Which onboarding a command acts on: its ID, or the onboarding file that {@code apply} wrote the ID into. */
final class Target {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "param.id")
    UUID id;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", descriptionKey = "option.target-file")
    Path file;

    UUID id(Texts texts) {
        if (id != null) {
            return id;
        }
        if (file == null) {
            throw new CliException(Exit.USAGE, texts.get("cli.target.missing"));
        }
        return OnboardingFile.read(file, texts).id()
                .orElseThrow(() -> new CliException(Exit.INVALID, texts.get("cli.target.no-id", file)));
    }

    String path(Texts texts) {
        return "/api/v1/onboardings/" + id(texts);
    }
}
