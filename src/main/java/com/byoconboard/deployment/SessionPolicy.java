package com.byoconboard.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The session policy (AssumeRole's {@code Policy}) of a support session in a customer's account: a session can do
 * only what both the bootstrap role and this policy allow, so the resources stay scoped by the role and this policy
 * names actions only. Read-only: the {@link AccountReads} of the drift check; read-write: those and every step's
 * actions ({@link StepKind#permissions()}), so that support can run and repair steps.
 */
public final class SessionPolicy {

    /** STS refuses a session policy longer than this (plaintext, whitespace included). */
    public static final int MAX_LENGTH = 2048;

    private SessionPolicy() {
    }

    /** The actions a read-only session may call, sorted. */
    public static List<String> readOnlyActions() {
        return actions(AccountReads.PERMISSIONS.stream());
    }

    /** The actions a read-write session may call, sorted: the reads and every step's calls. */
    public static List<String> readWriteActions() {
        return actions(Stream.concat(AccountReads.PERMISSIONS.stream(),
                Arrays.stream(StepKind.values()).flatMap(s -> s.permissions().stream())));
    }

    /** The policy document of a read-only ({@code readWrite} false) or read-write session, as sent to STS. */
    public static String document(boolean readWrite) {
        var actions = readWrite ? readWriteActions() : readOnlyActions();
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + (readWrite ? "SupportReadWrite"
                : "SupportReadOnly") + "\",\"Effect\":\"Allow\",\"Action\":[" + String.join(",",
                actions.stream().map(a -> "\"" + a + "\"").toList()) + "],\"Resource\":\"*\"}]}";
        if (json.length() > MAX_LENGTH) {
            throw new IllegalStateException("The " + (readWrite ? "read-write" : "read-only") + " session policy has "
                    + json.length() + " characters; STS takes at most " + MAX_LENGTH);
        }
        return json;
    }

    private static List<String> actions(Stream<Permission> permissions) {
        var actions = permissions.map(Permission::action).collect(TreeSet<String>::new, TreeSet::add, TreeSet::addAll);
        // A wildcard already grants the actions it matches ("ec2:Describe*" covers "ec2:DescribeVpcs").
        var wildcards = actions.stream().filter(a -> a.contains("*")).toList();
        return actions.stream().filter(a -> a.contains("*")
                || wildcards.stream().noneMatch(w -> IamPolicy.matches(w, a, true))).toList();
    }
}
