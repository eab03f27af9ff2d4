package com.byoconboard.testing;

import com.byoconboard.deployment.IamPolicy;
import com.byoconboard.iac.cloudformation.Cfn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bootstrap role's policies as CloudFormation would create them from our rendered template: parameters at
 * their defaults (the onboarding's options), conditions evaluated, {@code Fn::Sub}, {@code Fn::If} and
 * {@code AWS::NoValue} resolved for one account. What a customer's stack really grants, to evaluate calls against.
 */
public final class RenderedRolePolicy {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode template;
    private final Map<String, String> values = new LinkedHashMap<>();

    public RenderedRolePolicy(String cloudFormationYaml, String accountId) {
        this.template = Cfn.parse(cloudFormationYaml);
        values.put("AWS::Partition", "aws");
        values.put("AWS::AccountId", accountId);
        template.get("Parameters").properties().forEach(p -> values.put(p.getKey(), p.getValue().get("Default").asString()));
    }

    /** Each inline policy the stack creates (its condition holds), by name, as a policy document. */
    public Map<String, JsonNode> documents() {
        var documents = new LinkedHashMap<String, JsonNode>();
        template.get("Resources").properties().forEach(r -> {
            JsonNode resource = r.getValue();
            if (resource.get("Type").asString().equals("AWS::IAM::Policy")
                    && (!resource.has("Condition") || condition(resource.get("Condition").asString()))) {
                var properties = resource.get("Properties");
                documents.put(properties.get("PolicyName").asString(), resolve(properties.get("PolicyDocument")));
            }
        });
        return documents;
    }

    public IamPolicy policy() {
        return IamPolicy.combined(documents().values().stream().map(d -> IamPolicy.parse(JSON.writeValueAsString(d))).toList());
    }

    public boolean condition(String name) {
        return truth(template.get("Conditions").get(name));
    }

    private boolean truth(JsonNode node) {
        if (node.has("Fn::Not")) {
            return !truth(node.get("Fn::Not").get(0));
        }
        if (node.has("Fn::Equals")) {
            return resolve(node.get("Fn::Equals").get(0)).asString().equals(resolve(node.get("Fn::Equals").get(1)).asString());
        }
        if (node.has("Condition")) {
            return condition(node.get("Condition").asString());
        }
        throw new IllegalArgumentException("Not a condition: " + node);
    }

    /** The node with every intrinsic function replaced by its value; {@code null} for AWS::NoValue. */
    private JsonNode resolve(JsonNode node) {
        var nodes = JsonNodeFactory.instance;
        if (node.isObject() && node.size() == 1) {
            var entry = node.properties().iterator().next();
            switch (entry.getKey()) {
                case "Ref" -> {
                    String name = entry.getValue().asString();
                    return name.equals("AWS::NoValue") ? null : nodes.stringNode(values.get(name));
                }
                case "Fn::Sub" -> {
                    String text = entry.getValue().asString();
                    for (var value : values.entrySet()) {
                        text = text.replace("${" + value.getKey() + "}", value.getValue());
                    }
                    return nodes.stringNode(text);
                }
                case "Fn::If" -> {
                    var args = entry.getValue();
                    return resolve(condition(args.get(0).asString()) ? args.get(1) : args.get(2));
                }
                default -> {
                }
            }
        }
        if (node.isObject()) {
            ObjectNode copy = nodes.objectNode();
            node.properties().forEach(e -> {
                JsonNode value = resolve(e.getValue());
                if (value != null) {
                    copy.set(e.getKey(), value);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = nodes.arrayNode();
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            items.stream().map(this::resolve).filter(v -> v != null).forEach(copy::add);
            return copy;
        }
        return node;
    }
}
