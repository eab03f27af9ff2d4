package com.byoconboard.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bootstrap role's permissions, derived from the steps' declarations, the controller's listed extras and the
 * checks' {@link AccountReads}: for
 * each {@link PolicySwitch}, the statements of its inline policy. A permission some always-on step needs goes to
 * the always-on policy; one only switched steps need goes to their switch's policy, so that turning an option off
 * takes exactly those permissions away.
 */
public final class RolePolicy {

    /**
     * One statement: actions of one service on one resource pattern, under one condition key.
     *
     * @param conditionKey    empty, or e.g. {@code iam:PassedToService}
     * @param conditionValues the values allowed for that key; empty for the boundary (the template fills it in)
     */
    public record Statement(String sid, List<String> actions, ArnPattern resource, Optional<String> conditionKey,
                            List<String> conditionValues) {
        public Statement {
            actions = List.copyOf(actions);
            conditionValues = List.copyOf(conditionValues);
        }

        /** Only when the customer names a permissions boundary does this statement carry the boundary condition. */
        public boolean requiresBoundary() {
            return conditionKey.filter(Condition.WITHIN_BOUNDARY.key().orElseThrow()::equals).isPresent();
        }
    }

    private RolePolicy() {
    }

    /** The statements of the inline policy that {@code policySwitch} turns on, in a stable order. */
    public static List<Statement> statements(PolicySwitch policySwitch) {
        return STATEMENTS.get(policySwitch);
    }

    /** The ID of the statement that grants {@code permission} (unique within the role), for a fix that names it. */
    public static String statementOf(Permission permission) {
        return SIDS.get(permission);
    }

    private static final Map<Permission, String> SIDS = new LinkedHashMap<>();
    private static final Map<PolicySwitch, List<Statement>> STATEMENTS = derive();

    private record Group(String service, ArnPattern resource, Optional<String> conditionKey) {
    }

    private static Map<PolicySwitch, List<Statement>> derive() {
        Map<Permission, Set<PolicySwitch>> grantedBy = new LinkedHashMap<>();
        for (StepKind step : StepKind.values()) {
            step.permissions().forEach(p -> grant(grantedBy, p, step.grantedBy()));
        }
        ControllerPermissions.EXTRAS.forEach(extra -> extra.permissions().forEach(p -> grant(grantedBy, p, extra.grantedBy())));
        AccountReads.PERMISSIONS.forEach(p -> grant(grantedBy, p, PolicySwitch.ALWAYS));

        var result = new EnumMap<PolicySwitch, List<Statement>>(PolicySwitch.class);
        for (PolicySwitch policySwitch : PolicySwitch.values()) {
            Map<Group, Set<String>> actions = new LinkedHashMap<>();
            Map<Group, Set<String>> values = new LinkedHashMap<>();
            grantedBy.forEach((declared, switches) -> {
                boolean here = switches.contains(PolicySwitch.ALWAYS) ? policySwitch == PolicySwitch.ALWAYS
                        : switches.contains(policySwitch);
                if (here) {
                    // A narrow grant that an unconditional "*" grant of the same action already covers, in a policy
                    // that is on whenever this one is, would be a statement no call needs: it joins the broad one.
                    var covering = coveringAny(declared, policySwitch, grantedBy);
                    if (covering.isPresent() && covering.get().getValue() != policySwitch) {
                        SIDS.putIfAbsent(declared, sid(covering.get().getValue(), group(covering.get().getKey())));
                        return;
                    }
                    var permission = covering.map(Map.Entry::getKey).orElse(declared);
                    var group = group(permission);
                    actions.computeIfAbsent(group, g -> new TreeSet<>()).add(permission.action());
                    SIDS.putIfAbsent(declared, sid(policySwitch, group));
                    permission.condition().value("").ifPresent(v -> values.computeIfAbsent(group, g -> new TreeSet<>()).add(v));
                }
            });
            var statements = new ArrayList<Statement>();
            actions.forEach((group, all) -> statements.add(new Statement(sid(policySwitch, group), withoutCovered(all),
                    group.resource(), group.conditionKey(), List.copyOf(values.getOrDefault(group, Set.of())))));
            statements.sort(Comparator.comparing(Statement::sid));
            result.put(policySwitch, List.copyOf(statements));
        }
        return result;
    }

    /**
     * The same action on any resource, without condition, in the always-on policy or in {@code policySwitch}'s
     * own, with the policy it is in.
     */
    private static Optional<Map.Entry<Permission, PolicySwitch>> coveringAny(Permission p, PolicySwitch policySwitch,
                                                                          Map<Permission, Set<PolicySwitch>> grantedBy) {
        if (p.scope() == Scope.ANY || p.condition() != Condition.NONE) {
            return Optional.empty();
        }
        var any = Permission.of(p.action(), Scope.ANY);
        var switches = grantedBy.getOrDefault(any, Set.of());
        if (switches.contains(PolicySwitch.ALWAYS)) {
            return Optional.of(Map.entry(any, PolicySwitch.ALWAYS));
        }
        return switches.contains(policySwitch) ? Optional.of(Map.entry(any, policySwitch)) : Optional.empty();
    }

    private static Group group(Permission permission) {
        return new Group(permission.service(), permission.scope().pattern(), permission.condition().key());
    }

    private static void grant(Map<Permission, Set<PolicySwitch>> grantedBy, Permission p, PolicySwitch s) {
        grantedBy.computeIfAbsent(p, k -> EnumSet.noneOf(PolicySwitch.class)).add(s);
    }

    /** Drops actions that a wildcard of the same statement already grants ({@code ec2:DescribeVpcs} under {@code ec2:Describe*}). */
    private static List<String> withoutCovered(Set<String> actions) {
        var wildcards = actions.stream().filter(a -> a.contains("*")).toList();
        return actions.stream().filter(a -> a.contains("*")
                || wildcards.stream().noneMatch(w -> IamPolicy.matches(w, a, true))).toList();
    }

    /** e.g. {@code S3Buckets}, {@code VpcWriteEc2Any}: unique across the role's policies. */
    private static String sid(PolicySwitch policySwitch, Group group) {
        String service = Arrays.stream(group.service().split("[^a-zA-Z0-9]+"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).reduce("", String::concat);
        String condition = group.conditionKey().map(key -> switch (key) {
            case "iam:PassedToService" -> "Passed";
            case "iam:PermissionsBoundary" -> "WithinBoundary";
            default -> "ForServices";
        }).orElse("");
        String policy = switch (policySwitch) {
            case ALWAYS -> "";
            case VPC_WRITE -> "VpcWrite";
            case IAM_ROLE_CREATION -> "RoleCreation";
        };
        return policy + service + group.resource().title() + condition;
    }
}
