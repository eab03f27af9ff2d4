package com.byoconboard.deployment;

/**
 * One IAM action a step calls, on which resources, under which condition: the unit from which the bootstrap
 * role's policy is derived and against which pre-flight checks the customer's role.
 */
public record Permission(String action, Scope scope, Condition condition) {

    public static Permission of(String action, Scope scope) {
        return new Permission(action, scope, Condition.NONE);
    }

    /** {@code service:action} for each action, on resources whose IDs exist only after their creation. */
    public static java.util.List<Permission> onAny(String service, String... actions) {
        return java.util.Arrays.stream(actions).map(a -> of(service + ":" + a, Scope.ANY)).toList();
    }

    /** The IAM service prefix, e.g. {@code ec2}. */
    public String service() {
        return action.substring(0, action.indexOf(':'));
    }
}
