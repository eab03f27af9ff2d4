package com.byoconboard.deployment;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IamPolicyTest {

    private static final IamPolicy POLICY = IamPolicy.parse("""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"Buckets","Effect":"Allow","Action":["s3:CreateBucket","s3:List*"],"Resource":"arn:aws:s3:::clickhouse-cloud*"},
              {"Sid":"Pass","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::1:role/clickhouse-cloud*",
               "Condition":{"StringEquals":{"iam:PassedToService":["eks.amazonaws.com"]}}},
              {"Sid":"NoDelete","Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"},
              {"Sid":"Any","Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::other"}]}""");

    @Test
    void anActionIsAllowedOnlyOnAResourceTheStatementNamesWithWildcardsAndCaseInsensitiveActions() {
        assertThat(POLICY.evaluate(call("s3:CreateBucket", "arn:aws:s3:::clickhouse-cloud-1-data")))
                .isEqualTo(IamPolicy.Decision.ALLOWED);
        assertThat(POLICY.evaluate(call("S3:listbucketversions", "arn:aws:s3:::clickhouse-cloud-1-data")))
                .isEqualTo(IamPolicy.Decision.ALLOWED);
        assertThat(POLICY.evaluate(call("s3:CreateBucket", "arn:aws:s3:::clickhouse-byoc-1-data")))
                .isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
    }

    @Test
    void aConditionMustHoldForTheRequestsContextAndAMissingKeyFailsIt() {
        String role = "arn:aws:iam::1:role/clickhouse-cloud-1-k8s-worker";
        assertThat(POLICY.evaluate(new RequiredPermission("iam:PassRole", role,
                Map.of("iam:PassedToService", "eks.amazonaws.com"), "Pass"))).isEqualTo(IamPolicy.Decision.ALLOWED);
        assertThat(POLICY.evaluate(new RequiredPermission("iam:PassRole", role,
                Map.of("iam:PassedToService", "ec2.amazonaws.com"), "Pass"))).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
        assertThat(POLICY.evaluate(call("iam:PassRole", role))).isEqualTo(IamPolicy.Decision.NOT_ALLOWED);
    }

    @Test
    void anExplicitDenyWinsOverAnyAllow() {
        assertThat(POLICY.evaluate(call("s3:DeleteBucket", "arn:aws:s3:::other"))).isEqualTo(IamPolicy.Decision.EXPLICITLY_DENIED);
    }

    @Test
    void wildcardsMatchAsIamMatchesThem() {
        assertThat(IamPolicy.matches("arn:aws:s3:::clickhouse-cloud*", "arn:aws:s3:::clickhouse-cloud-1-data", false)).isTrue();
        assertThat(IamPolicy.matches("arn:aws:s3:::clickhouse-cloud*", "arn:aws:s3:::clickhouse-clou", false)).isFalse();
        assertThat(IamPolicy.matches("ec2:Describe*", "EC2:describevpcs", true)).isTrue();
        assertThat(IamPolicy.matches("ec2:Describe*", "EC2:describevpcs", false)).isFalse();
        // A star may take any run, including one that looks like what follows it: matching has to go back.
        assertThat(IamPolicy.matches("arn:*:role/*-k8s-*", "arn:aws:iam::1:role/a-k8s-b-k8s-worker", false)).isTrue();
        assertThat(IamPolicy.matches("*-data", "x-data-data", false)).isTrue();
        assertThat(IamPolicy.matches("*-data", "x-data-dat", false)).isFalse();
        assertThat(IamPolicy.matches("s3:?et*", "s3:GetObject", false)).isTrue();
        assertThat(IamPolicy.matches("s3:?et*", "s3:Get", false)).isTrue();
        assertThat(IamPolicy.matches("s3:?et", "s3:et", false)).isFalse();
        assertThat(IamPolicy.matches("*", "", false)).isTrue();
        assertThat(IamPolicy.matches("", "x", false)).isFalse();
        // Characters a regex would read as syntax are plain characters here.
        assertThat(IamPolicy.matches("arn:aws:s3:::a.b(1)", "arn:aws:s3:::a.b(1)", false)).isTrue();
        assertThat(IamPolicy.matches("arn:aws:s3:::a.b", "arn:aws:s3:::axb", false)).isFalse();
    }

    private static RequiredPermission call(String action, String resource) {
        return new RequiredPermission(action, resource, Map.of(), "");
    }
}
