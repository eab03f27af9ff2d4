package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProblem;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.IamPolicy;
import com.byoconboard.deployment.RequiredPermission;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Pre-flight's proof that the customer's role allows every (action, resource) the plan calls, before anything is
 * created: asked of AWS's IAM policy simulator with the plan's resource ARNs and condition context; where the
 * simulator cannot be asked, the role's own policies are read back and evaluated here, which then leaves service
 * control policies and permissions boundaries out, and says so.
 */
final class PermissionCheck {

    static final String CHECK = "permissions";

    private PermissionCheck() {
    }

    static CheckResult run(CustomerAccount account, String roleArn, List<RequiredPermission> required) {
        IamClient iam = account.iam();
        List<String> denied;
        try {
            denied = simulate(iam, roleArn, required);
        } catch (SdkException simulatorFailure) {
            String why = AwsProblem.of(simulatorFailure, roleArn).awsText();
            IamPolicy own;
            try {
                own = ownPolicies(iam, Planner.roleName(roleArn));
            } catch (SdkException readFailure) {
                return CheckResult.warn(CHECK, Message.of("provisioning.check.permissions.unknown", why,
                        AwsProblem.of(readFailure, roleArn).awsText()), Message.of("provisioning.check.permissions.unknown.fix"));
            }
            var notAllowed = required.stream().filter(p -> own.evaluate(p) != IamPolicy.Decision.ALLOWED)
                    .map(p -> p + fix(p)).toList();
            if (notAllowed.isEmpty()) {
                return CheckResult.warn(CHECK, Message.of("provisioning.check.permissions.ownPolicies", required.size(), why),
                        Message.of("provisioning.check.permissions.ownPolicies.fix"));
            }
            return failed(notAllowed);
        }
        return denied.isEmpty()
                ? CheckResult.pass(CHECK, Message.of("provisioning.check.permissions.pass", required.size()))
                : failed(denied);
    }

    private static CheckResult failed(List<String> denied) {
        return CheckResult.fail(CHECK, Message.of("provisioning.check.permissions.fail", denied.size(),
                String.join("; ", denied)), Message.of("provisioning.check.permissions.fail.fix"));
    }

    /**
     * One simulator call per resource and context (it evaluates every action against every resource given). The first
     * goes alone: where the simulator cannot be asked (an emulator answers HTTP 500) one refusal is enough. The others
     * are independent of each other and go out together; the denials are reported in the plan's order.
     */
    private static List<String> simulate(IamClient iam, String roleArn, List<RequiredPermission> required) {
        var groups = List.copyOf(required.stream().collect(Collectors.groupingBy(
                p -> List.of(p.resource(), p.context()), LinkedHashMap::new, Collectors.toList())).values());
        if (groups.isEmpty()) {
            return List.of();
        }
        var denied = new ArrayList<List<String>>(Collections.nCopies(groups.size(), List.of()));
        denied.set(0, simulateGroup(iam, roleArn, groups.getFirst()));
        StepContext.inParallel(IntStream.range(1, groups.size()).boxed().toList(),
                i -> denied.set(i, simulateGroup(iam, roleArn, groups.get(i))));
        return denied.stream().flatMap(List::stream).toList();
    }

    /** The simulator's denials for one resource and context. */
    private static List<String> simulateGroup(IamClient iam, String roleArn, List<RequiredPermission> group) {
        var first = group.getFirst();
        var context = first.context().entrySet().stream().map(e -> ContextEntry.builder().contextKeyName(e.getKey())
                .contextKeyType(ContextKeyTypeEnum.STRING).contextKeyValues(e.getValue()).build()).toList();
        var results = iam.simulatePrincipalPolicyPaginator(r -> r.policySourceArn(roleArn)
                .actionNames(group.stream().map(RequiredPermission::action).distinct().toList())
                .resourceArns(first.resource()).contextEntries(context)).evaluationResults().stream().toList();
        var denied = new ArrayList<String>();
        for (EvaluationResult result : results) {
            if (result.evalDecision() != PolicyEvaluationDecisionType.ALLOWED) {
                var p = group.stream().filter(g -> g.action().equalsIgnoreCase(result.evalActionName())).findFirst()
                        .orElseThrow();
                denied.add(p + " (" + reason(result) + ")" + fix(p));
            }
        }
        return denied;
    }

    /**
     * The role's inline and attached managed policies, as IAM returns them (URL-encoded JSON). Both lists are asked
     * side by side, and then every policy document: each is a call of its own, independent of the others.
     */
    static IamPolicy ownPolicies(IamClient iam, String roleName) {
        var names = new ArrayList<String>();
        var attached = new ArrayList<String>();
        StepContext.inParallel(List.<Runnable>of(
                () -> iam.listRolePoliciesPaginator(r -> r.roleName(roleName)).policyNames().forEach(names::add),
                () -> iam.listAttachedRolePoliciesPaginator(r -> r.roleName(roleName)).attachedPolicies()
                        .forEach(a -> attached.add(a.policyArn()))), Runnable::run);
        var documents = new ArrayList<Supplier<String>>();
        names.forEach(name -> documents.add(() -> iam.getRolePolicy(r -> r.roleName(roleName).policyName(name))
                .policyDocument()));
        attached.forEach(arn -> documents.add(() -> {
            String version = iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId();
            return iam.getPolicyVersion(r -> r.policyArn(arn).versionId(version)).policyVersion().document();
        }));
        var read = new String[documents.size()];
        StepContext.inParallel(IntStream.range(0, read.length).boxed().toList(), i -> read[i] = documents.get(i).get());
        return IamPolicy.combined(Arrays.stream(read).map(d -> IamPolicy.parse(decode(d))).toList());
    }

    /** Which statement of our template grants it, for the fix: " → S3Buckets". */
    private static String fix(RequiredPermission p) {
        return " → " + p.statement();
    }

    /** Why the simulator denied an action, so that a service control policy or a boundary is named as such. */
    static String reason(EvaluationResult r) {
        if (r.organizationsDecisionDetail() != null
                && Boolean.FALSE.equals(r.organizationsDecisionDetail().allowedByOrganizations())) {
            return "service control policy";
        }
        if (r.permissionsBoundaryDecisionDetail() != null
                && Boolean.FALSE.equals(r.permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary())) {
            return "permissions boundary";
        }
        return r.evalDecision() == PolicyEvaluationDecisionType.EXPLICIT_DENY ? "explicit deny" : "not granted";
    }

    private static String decode(String document) {
        return document.strip().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
    }
}
