package com.byoconboard.provisioning;

import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

import java.util.List;

/**
 * Reads {@code iam:SimulatePrincipalPolicy} results: every action that is not allowed, with why, so that
 * a denial by a service control policy or a permissions boundary is named as such (the role's own policy
 * may allow it).
 */
final class PermissionCheck {

    private PermissionCheck() {
    }

    /** One line per denied action, e.g. {@code ec2:CreateVpc (service control policy)}. */
    static List<String> denied(List<EvaluationResult> results) {
        return results.stream().filter(r -> r.evalDecision() != PolicyEvaluationDecisionType.ALLOWED)
                .map(r -> r.evalActionName() + " (" + reason(r) + ")").distinct().toList();
    }

    private static String reason(EvaluationResult r) {
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
}
