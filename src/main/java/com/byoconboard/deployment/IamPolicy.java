package com.byoconboard.deployment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM identity policy and how AWS evaluates it for one request: an explicit Deny wins, else any Allow whose
 * action, resource and conditions all match, else denied. Used where AWS's own simulator cannot be asked, and to
 * prove that the role we generate allows every call we make. Covers what our policies use: action and resource
 * wildcards, NotAction/NotResource, and the string and ARN condition operators (with {@code IfExists}).
 */
public record IamPolicy(List<Statement> statements) {

    public IamPolicy {
        statements = List.copyOf(statements);
    }

    /** One statement of a policy document. */
    public record Statement(String sid, boolean allow, List<String> actions, boolean notAction, List<String> resources,
                            boolean notResource, Map<String, Map<String, List<String>>> conditions) {
        public Statement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
            conditions = Map.copyOf(conditions);
        }

        boolean appliesTo(RequiredPermission request) {
            boolean action = actions.stream().anyMatch(a -> matches(a, request.action(), true)) != notAction;
            boolean resource = resources.stream().anyMatch(r -> matches(r, request.resource(), false)) != notResource;
            return action && resource && conditionsHold(request.context());
        }

        private boolean conditionsHold(Map<String, String> context) {
            for (var operator : conditions.entrySet()) {
                for (var key : operator.getValue().entrySet()) {
                    if (!holds(operator.getKey(), context.get(key.getKey()), key.getValue())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** The outcome for one request, with the statement that decided it when there is one. */
    public enum Decision { ALLOWED, EXPLICITLY_DENIED, NOT_ALLOWED }

    public Decision evaluate(RequiredPermission request) {
        boolean allowed = false;
        for (Statement s : statements) {
            if (s.appliesTo(request)) {
                if (!s.allow()) {
                    return Decision.EXPLICITLY_DENIED;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOWED : Decision.NOT_ALLOWED;
    }

    /** Several policies of one principal together (its inline and attached policies). */
    public static IamPolicy combined(List<IamPolicy> policies) {
        return new IamPolicy(policies.stream().flatMap(p -> p.statements().stream()).toList());
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Parses a policy document as AWS returns it (JSON; IAM returns it URL-encoded, so decode first). */
    public static IamPolicy parse(String document) {
        JsonNode root = JSON.readTree(document);
        var statements = new ArrayList<Statement>();
        for (JsonNode s : list(root.get("Statement"))) {
            boolean notAction = s.has("NotAction");
            boolean notResource = s.has("NotResource");
            var conditions = new LinkedHashMap<String, Map<String, List<String>>>();
            JsonNode condition = s.get("Condition");
            if (condition != null) {
                condition.properties().forEach(op -> {
                    var keys = new LinkedHashMap<String, List<String>>();
                    op.getValue().properties().forEach(k -> keys.put(k.getKey(), strings(k.getValue())));
                    conditions.put(op.getKey(), keys);
                });
            }
            statements.add(new Statement(s.path("Sid").asString(""), "Allow".equals(s.path("Effect").asString("")),
                    strings(s.get(notAction ? "NotAction" : "Action")), notAction,
                    strings(s.get(notResource ? "NotResource" : "Resource")), notResource, conditions));
        }
        return new IamPolicy(statements);
    }

    /**
     * IAM's wildcard match: {@code *} any run of characters, {@code ?} one; actions ignore case, resources do not.
     * Matched in place (a star remembers where to resume), not through a regex compiled per match: pre-flight evaluates
     * every permission of a plan against every statement, tens of thousands of matches.
     */
    static boolean matches(String pattern, String value, boolean ignoreCase) {
        int p = 0;
        int v = 0;
        int star = -1;
        int resume = 0;
        while (v < value.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = v;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?'
                    || same(pattern.charAt(p), value.charAt(v), ignoreCase))) {
                p++;
                v++;
            } else if (star >= 0) {
                // The star takes one more character, and the rest of the pattern is tried after it.
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    private static boolean holds(String operator, String actual, List<String> allowed) {
        boolean ifExists = operator.endsWith("IfExists");
        String op = ifExists ? operator.substring(0, operator.length() - "IfExists".length()) : operator;
        if (actual == null) {
            return ifExists;
        }
        return switch (op) {
            case "StringEquals", "ArnEquals" -> allowed.contains(actual);
            case "StringEqualsIgnoreCase" -> allowed.stream().anyMatch(actual::equalsIgnoreCase);
            case "StringNotEquals", "ArnNotEquals" -> !allowed.contains(actual);
            case "StringLike", "ArnLike" -> allowed.stream().anyMatch(a -> matches(a, actual, false));
            case "StringNotLike", "ArnNotLike" -> allowed.stream().noneMatch(a -> matches(a, actual, false));
            // An operator we do not evaluate cannot be shown to hold: count the statement out.
            default -> false;
        };
    }

    private static List<JsonNode> list(JsonNode node) {
        var items = new ArrayList<JsonNode>();
        if (node == null) {
            return items;
        }
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        return items;
    }

    private static List<String> strings(JsonNode node) {
        return list(node).stream().map(n -> n.asString()).toList();
    }
}
