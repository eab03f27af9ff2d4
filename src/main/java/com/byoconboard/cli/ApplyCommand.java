package com.byoconboard.cli;

import com.byoconboard.onboarding.OnboardingInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code byoc apply -f onboarding.yaml}: creates the onboarding (and writes its ID into the file) or brings its
 * inputs to what the file says at the version just read (If-Match), then prints every finding of the guide's rules
 * like a compiler, {@code file:line: field: RULE-ID message}. Exit code 1 while any of them is an error; the inputs
 * are saved either way, as in the wizard.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false)
final class ApplyCommand implements Callable<Integer> {

    private static final String ONBOARDINGS = "/api/v1/onboardings";

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", descriptionKey = "option.apply-file")
    Path file;

    /** What apply did to the stored onboarding. */
    enum Change { CREATED, UPDATED, UNCHANGED }

    @Override
    public Integer call() throws IOException {
        var cli = ByocCli.of(spec);
        var texts = cli.texts;
        var onboardingFile = OnboardingFile.read(file, texts);
        var api = cli.api();

        Change change;
        Api.Answer stored;
        if (onboardingFile.id().isEmpty()) {
            stored = api.post(ONBOARDINGS, onboardingFile.inputs(), "Idempotency-Key", "apply-" + UUID.randomUUID());
            onboardingFile = onboardingFile.withIdWritten(UUID.fromString(stored.body().path("id").asString()));
            change = Change.CREATED;
        } else {
            String path = ONBOARDINGS + "/" + onboardingFile.id().get();
            stored = api.get(path);
            var current = Api.JSON.treeToValue(stored.body().path("inputs"), OnboardingInputs.class);
            if (current.equals(onboardingFile.inputs())) {
                change = Change.UNCHANGED;
            } else {
                stored = api.put(path + "/inputs", onboardingFile.inputs(), "If-Match", stored.etag().orElseThrow());
                change = Change.UPDATED;
            }
        }
        JsonNode onboarding = stored.body();
        JsonNode validation = api.get(ONBOARDINGS + "/" + onboarding.path("id").asString() + "/validation").body();

        var findings = new Findings(onboardingFile, texts).print(validation, ByocCli.err(spec));
        var result = Api.JSON.createObjectNode().put("change", change.name());
        result.set("onboarding", onboarding);
        result.set("validation", validation);
        final var shown = onboardingFile;
        ByocCli.out(spec).print(cli.output.render(result, () -> texts.get("cli.apply." + change.name().toLowerCase(java.util.Locale.ROOT),
                shown.path(), onboarding.path("id").asString(), onboarding.path("state").asString(),
                onboarding.path("version").asString()) + "\n"));
        return findings.errors() > 0 ? Exit.INVALID.code : Exit.OK.code;
    }
}
