package com.byoconboard.aws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;

class AwsProblemTest {

    private static final String ROLE = "arn:aws:iam::210987654321:role/ClickHouseManagementRole";

    @Test
    void anAssumeRoleDenialExplainsTheRoleTrustAndExternalIdCausesAndKeepsAwsText() {
        var problem = AwsProblem.of(error("AccessDenied", "User is not authorized to perform: sts:AssumeRole", 403), ROLE);
        assertThat(problem.messageKey()).isEqualTo("aws.error.AccessDenied");
        assertThat(problem.fixKey()).isEqualTo("aws.error.AccessDenied.fix");
        assertThat(problem.args()).containsExactly(ROLE, "AccessDenied", "User is not authorized to perform: sts:AssumeRole");
        assertThat(problem.retryable()).isFalse();
    }

    @Test
    void aDisabledRegionHasItsOwnMessage() {
        assertThat(AwsProblem.of(error("RegionDisabledException", "STS is not activated in this region", 403), ROLE)
                .messageKey()).isEqualTo("aws.error.RegionDisabledException");
    }

    @Test
    void throttlingAndServerErrorsAreRetryableAndUnknownCodesStillCarryAwsText() {
        assertThat(AwsProblem.of(error("Throttling", "Rate exceeded", 400), ROLE).retryable()).isTrue();
        assertThat(AwsProblem.of(error("InternalError", "oops", 500), ROLE).messageKey()).isEqualTo("aws.error.transient");
        var other = AwsProblem.of(error("SomethingNew", "new text", 400), ROLE);
        assertThat(other.messageKey()).isEqualTo("aws.error.other");
        assertThat(other.awsText()).isEqualTo("SomethingNew: new text");
    }

    @Test
    void aNetworkFailureIsRetryable() {
        assertThat(AwsProblem.of(SdkClientException.create("Connection refused"), ROLE).retryable()).isTrue();
    }

    @Test
    void theSessionNameIdentifiesTheOnboardingWithinStsLimits() {
        String name = CustomerRole.sessionNameFor("0b8f2c1e-1111-2222-3333-444455556666");
        assertThat(name).isEqualTo("byoc-0b8f2c1e-1111-2222-3333-444455556666").matches("[\\w+=,.@-]{2,64}");
    }

    private static AwsServiceException error(String code, String message, int status) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }
}
