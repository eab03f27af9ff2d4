package com.byoconboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code byoc submit}: hands the inputs to support's review; refused (exit 1, with the rule IDs) while rules fail. */
@Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false)
final class SubmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Target target;

    @Override
    public Integer call() {
        var cli = ByocCli.of(spec);
        var onboarding = cli.api().post(target.path(cli.texts) + "/submit", null).body();
        ByocCli.out(spec).print(cli.output.render(onboarding, () -> cli.texts.get("cli.submit.done",
                onboarding.path("id").asString(), onboarding.path("state").asString()) + "\n"));
        return Exit.OK.code;
    }
}
