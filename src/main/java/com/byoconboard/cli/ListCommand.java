package com.byoconboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code byoc list}: the organization's onboardings, most recently changed first, optionally of one state. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--state", paramLabel = "STATE", descriptionKey = "option.state")
    String state;

    @Override
    public Integer call() {
        var cli = ByocCli.of(spec);
        var texts = cli.texts;
        var all = cli.api().get("/api/v1/onboardings"
                + (state == null ? "" : "?state=" + URLEncoder.encode(state.toUpperCase(java.util.Locale.ROOT),
                StandardCharsets.UTF_8))).body();
        ByocCli.out(spec).print(cli.output.render(all, () -> {
            var table = new Table(texts.get("cli.table.id"), texts.get("cli.table.state"), texts.get("cli.table.account"),
                    texts.get("cli.table.region"), texts.get("cli.table.updated"));
            all.forEach(o -> table.row(o.path("id").asString(), o.path("state").asString(),
                    o.at("/inputs/account/accountId").asString(), o.at("/inputs/region").asString(),
                    o.path("updatedAt").asString()));
            return table.render();
        }));
        return Exit.OK.code;
    }
}
