package com.byoconboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.Callable;

/** {@code byoc get}: one onboarding, as a summary or as the API's resource ({@code -o json|yaml}). */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false)
final class GetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Target target;

    @Override
    public Integer call() {
        var cli = ByocCli.of(spec);
        var texts = cli.texts;
        JsonNode o = cli.api().get(target.path(texts)).body();
        ByocCli.out(spec).print(cli.output.render(o, () -> new Table(texts.get("cli.table.field"),
                texts.get("cli.table.value"))
                .row("id", o.path("id").asString())
                .row("state", o.path("state").asString())
                .row("version", o.path("version").asString())
                .row("account.accountId", o.at("/inputs/account/accountId").asString())
                .row("region", o.at("/inputs/region").asString())
                .row("network.mode", o.at("/inputs/network/mode").asString())
                .row("bootstrapRole.roleArn", o.at("/inputs/bootstrapRole/roleArn").asString())
                .row("externalId", o.path("externalId").asString())
                .row("updatedAt", o.path("updatedAt").asString())
                .render()));
        return Exit.OK.code;
    }
}
