package com.byoconboard.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.function.Supplier;

/** How a command prints what the API answered: a table for people, or the API's own JSON (or YAML) for programs. */
enum Format {
    TABLE, JSON, YAML;

    private static final YAMLMapper YAML_OUT = YAMLMapper.builder().build();

    /** The answer in this format; {@code table} draws the human view only when asked for. */
    String render(JsonNode answer, Supplier<String> table) {
        return switch (this) {
            case TABLE -> table.get();
            case JSON -> Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n";
            case YAML -> YAML_OUT.writeValueAsString(answer);
        };
    }
}
