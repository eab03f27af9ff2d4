package com.byoconboard.iac.model;

import java.util.List;
import java.util.Map;

/**
 * One "Allow" statement of the role's permissions.
 *
 * @param conditions       fixed conditions: operator, then key, then the allowed values
 * @param requiresBoundary when the customer names a permissions boundary, the statement only applies to roles
 *                         that carry it ({@code iam:PermissionsBoundary}); without one it applies unconditionally
 */
public record Statement(String sid, List<String> actions, List<Text> resources,
                        Map<String, Map<String, List<String>>> conditions, boolean requiresBoundary) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = Map.copyOf(conditions);
        if (requiresBoundary && !conditions.isEmpty()) {
            throw new IllegalArgumentException(sid + ": a boundary statement takes no other condition");
        }
    }

    public static Statement allow(String sid, List<String> actions, Text... resources) {
        return new Statement(sid, actions, List.of(resources), Map.of(), false);
    }

    public Statement when(String operator, String key, String... values) {
        return new Statement(sid, actions, resources, Map.of(operator, Map.of(key, List.of(values))), requiresBoundary);
    }

    public Statement withinBoundary() {
        return new Statement(sid, actions, resources, conditions, true);
    }
}
