package com.byoconboard.provisioning;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * moto does not implement iam:SimulatePrincipalPolicy (HTTP 500), so the reading of its answer is tested
 * against response objects shaped like AWS's.
 */
class PermissionCheckTest {

    @Test
    void namesWhyTheSimulatorDeniedAnAction() {
        var results = List.of(
                result("ec2:CreateVpc", PolicyEvaluationDecisionType.ALLOWED),
                result("eks:CreateCluster", PolicyEvaluationDecisionType.IMPLICIT_DENY),
                result("iam:CreateRole", PolicyEvaluationDecisionType.EXPLICIT_DENY),
                result("s3:CreateBucket", PolicyEvaluationDecisionType.IMPLICIT_DENY).toBuilder()
                        .organizationsDecisionDetail(d -> d.allowedByOrganizations(false)).build(),
                result("route53:CreateHostedZone", PolicyEvaluationDecisionType.IMPLICIT_DENY).toBuilder()
                        .permissionsBoundaryDecisionDetail(d -> d.allowedByPermissionsBoundary(false)).build());

        assertThat(results.stream().map(PermissionCheck::reason)).containsExactly(
                "not granted", "not granted", "explicit deny", "service control policy", "permissions boundary");
    }

    private static EvaluationResult result(String action, PolicyEvaluationDecisionType decision) {
        return EvaluationResult.builder().evalActionName(action).evalDecision(decision).build();
    }
}
