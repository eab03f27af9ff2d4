package com.byoconboard.deployment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPolicyTest {

    private static IamPolicy.Decision decide(boolean readWrite, String action) {
        return IamPolicy.parse(SessionPolicy.document(readWrite))
                .evaluate(new RequiredPermission(action, "*", Map.of(), ""));
    }

    @Test
    void aReadOnlySessionMayCallEveryReadOfTheDriftCheckAndNothingElse() {
        AccountReads.PERMISSIONS.forEach(p -> assertThat(decide(false, p.action())).as(p.action())
                .isEqualTo(IamPolicy.Decision.ALLOWED));
        assertThat(decide(false, "ec2:CreateSubnet")).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
        assertThat(decide(false, "ec2:DeleteVpc")).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
        assertThat(decide(false, "iam:PutRolePolicy")).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
        assertThat(SessionPolicy.readOnlyActions()).allSatisfy(a -> assertThat(a).doesNotContain("Create", "Delete", "Put"));
    }

    @Test
    void aReadWriteSessionMayCallEveryStepsActionsAndTheReads() {
        Arrays.stream(StepKind.values()).flatMap(s -> s.permissions().stream()).forEach(p ->
                assertThat(decide(true, p.action())).as(p.action()).isEqualTo(IamPolicy.Decision.ALLOWED));
        AccountReads.PERMISSIONS.forEach(p -> assertThat(decide(true, p.action())).isEqualTo(IamPolicy.Decision.ALLOWED));
        assertThat(decide(true, "ec2:CreateSubnet")).isEqualTo(IamPolicy.Decision.ALLOWED);
        // Nothing the steps never call: not the account's users, not other services.
        assertThat(decide(true, "iam:CreateUser")).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
        assertThat(decide(true, "dynamodb:DeleteTable")).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
    }

    @Test
    void bothPoliciesFitTheLengthStsAccepts() {
        assertThat(SessionPolicy.document(false).length()).isLessThanOrEqualTo(SessionPolicy.MAX_LENGTH);
        assertThat(SessionPolicy.document(true).length()).isLessThanOrEqualTo(SessionPolicy.MAX_LENGTH);
    }
}
