package com.byoconboard.iac.cloudformation;

import com.byoconboard.iac.model.Parameter;
import com.byoconboard.iac.model.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.util.List;
import java.util.Map;

/**
 * Builds CloudFormation templates as a JSON tree and writes them as YAML. Intrinsic functions use their long
 * form ({@code Ref}, {@code Fn::Sub}, {@code Fn::If}) so that plain YAML needs no custom tags.
 */
public final class Cfn {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            // Every string value quoted: unquoted, "2010-09-09" or a date-like organization name reads as a date.
            .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    /** Longest organization name quoted in the template description. */
    static final int MAX_NAME_IN_TEXT = 200;

    private Cfn() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(List<? extends JsonNode> items) {
        var array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    static ArrayNode strings(List<String> items) {
        var array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    static ObjectNode ref(String logicalId) {
        return object().put("Ref", logicalId);
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        var node = object();
        node.set("Fn::GetAtt", strings(List.of(logicalId, attribute)));
        return node;
    }

    static ObjectNode ifThen(String condition, JsonNode then, JsonNode otherwise) {
        var node = object();
        var args = NODES.arrayNode().add(condition);
        args.add(then);
        args.add(otherwise);
        node.set("Fn::If", args);
        return node;
    }

    static ObjectNode noValue() {
        return ref("AWS::NoValue");
    }

    static ObjectNode single(String key, JsonNode value) {
        var node = object();
        node.set(key, value);
        return node;
    }

    /** A text as a plain string, a {@code Ref}, or an {@code Fn::Sub} whose literal {@code ${} is escaped. */
    static JsonNode text(Text text) {
        var literal = text.literal();
        if (literal.isPresent()) {
            return NODES.stringNode(literal.get());
        }
        var parameter = text.singleParameter();
        if (parameter.isPresent()) {
            return ref(parameter.get().cloudFormationName());
        }
        var sub = new StringBuilder();
        for (Text.Part part : text.parts()) {
            switch (part) {
                case Text.Literal(String value) -> sub.append(value.replace("${", "${!"));
                case Text.Reference(Text.ParameterRef(Parameter p)) -> sub.append("${").append(p.cloudFormationName()).append('}');
                case Text.Reference(Text.PartitionRef p) -> sub.append("${AWS::Partition}");
                case Text.Reference(Text.AccountIdRef a) -> sub.append("${AWS::AccountId}");
                case Text.Reference(Text.RegionRef r) -> sub.append("${AWS::Region}");
            }
        }
        return object().put("Fn::Sub", sub.toString());
    }

    /** CloudFormation's list-of-{Key, Value} tags. */
    static ArrayNode tags(Map<String, Text> tags) {
        var array = NODES.arrayNode();
        tags.forEach((key, value) -> {
            var tag = object().put("Key", key);
            tag.set("Value", text(value));
            array.add(tag);
        });
        return array;
    }

    /** The template's description, naming the organization when it is known. */
    static String description(String what, String organizationName) {
        String name = organizationName.strip();
        if (name.length() > MAX_NAME_IN_TEXT) {
            name = name.substring(0, MAX_NAME_IN_TEXT);
        }
        return name.isEmpty() ? what : what + " for " + name;
    }

    /** Writes a template tree: one built here, or one read with {@link #parse} and changed. */
    public static String yaml(JsonNode template) {
        return YAML.writeValueAsString(template);
    }

    /** Parses a template written by {@link #yaml}, for tests and for reading policies back. */
    public static JsonNode parse(String yaml) {
        return YAML.readTree(yaml);
    }
}
