package com.byoconboard.aws;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AwsProblemTest {

    private static final String ROLE = "arn:aws:iam::210987654321:role/ClickHouseManagementRole";
    /** How moto (and IAM's query protocol) words a denial: the SDK does not parse this document. */
    private static final String MOTO_IAM_DENIAL = """
            <?xml version="1.0" encoding="utf-8"?>
            <ErrorResponse><Errors><Error><Code>AccessDenied</Code><Message>User: arn:aws:sts::210987654321:assumed-role/\
            ClickHouseManagementRole/byoc-1 is not authorized to perform: iam:CreateRole</Message><Type>Sender</Type>\
            </Error></Errors></ErrorResponse>""";

    @Test
    void anAssumeRoleDenialExplainsTheRoleTrustAndExternalIdCausesAndKeepsAwsText() {
        var problem = AwsProblem.of(error("AccessDenied", "User is not authorized to perform: sts:AssumeRole", 403), ROLE);
        assertThat(problem.messageKey()).isEqualTo("aws.error.assumeRoleDenied");
        assertThat(problem.fixKey()).isEqualTo("aws.error.assumeRoleDenied.fix");
        assertThat(problem.args()).startsWith(ROLE, "AccessDenied", "User is not authorized to perform: sts:AssumeRole");
        assertThat(problem.retryable()).isFalse();
    }

    @Test
    void aDenialAfterAssumeRoleNamesTheActionAndResourceFromAwsTextAndBlamesThePermissionsPolicy() {
        var problem = AwsProblem.of(error("UnauthorizedOperation", "You are not authorized to perform this operation."
                + " User: arn:aws:sts::210987654321:assumed-role/ClickHouseManagementRole/byoc-1 is not authorized to"
                + " perform: ec2:CreateVpc on resource: arn:aws:ec2:us-east-1:210987654321:vpc/* because no"
                + " identity-based policy allows the ec2:CreateVpc action.", 403), ROLE);

        assertThat(problem.messageKey()).isEqualTo("aws.error.denied.actionOnResource");
        assertThat(problem.fixKey()).isEqualTo("aws.error.denied.fix");
        assertThat(problem.action()).isEqualTo("ec2:CreateVpc");
        assertThat(problem.resource()).isEqualTo("arn:aws:ec2:us-east-1:210987654321:vpc/*");
        assertThat(problem.args()).endsWith("ec2:CreateVpc", "arn:aws:ec2:us-east-1:210987654321:vpc/*");
        assertThat(problem.retryable()).isFalse();
        assertThat(problem.permanent()).isFalse();
    }

    @Test
    void s3sQuotedResourceIsReadWithoutItsQuotes() {
        var problem = AwsProblem.of(error("AccessDenied", "User: arn:aws:sts::1:assumed-role/R/s is not authorized to"
                + " perform: s3:CreateBucket on resource: \"arn:aws:s3:::clickhouse-cloud-x\" because no identity-based"
                + " policy allows the s3:CreateBucket action", 403), ROLE);
        assertThat(problem.action()).isEqualTo("s3:CreateBucket");
        assertThat(problem.resource()).isEqualTo("arn:aws:s3:::clickhouse-cloud-x");
    }

    @Test
    void motosIamDenialIsReadFromTheRawBodyTheSdkCouldNotParse() {
        var problem = AwsProblem.of(raw(403, "Forbidden", MOTO_IAM_DENIAL), ROLE);

        assertThat(problem.awsCode()).isEqualTo("AccessDenied");
        assertThat(problem.awsMessage()).endsWith("is not authorized to perform: iam:CreateRole");
        assertThat(problem.messageKey()).isEqualTo("aws.error.denied.action");
        assertThat(problem.action()).isEqualTo("iam:CreateRole");
    }

    @Test
    void withoutAnErrorDocumentTheHttpStatusAndBodyTextAreShown() {
        var problem = AwsProblem.of(raw(400, "Bad Request", "<html><body><p>Bad request: no  such thing</p></body></html>"), ROLE);
        assertThat(problem.awsText()).isEqualTo("HTTP 400: Bad request: no such thing");
        assertThat(problem.messageKey()).isEqualTo("aws.error.other");
    }

    @Test
    void aForbiddenHeadBucketWithoutBodyNamesBothCausesAndTheBucket() {
        var headBucket = raw(403, "Forbidden", "");
        headBucket.addSuppressed(FailedCall.of("S3", "HeadBucket", Optional.of("clickhouse-cloud-data"), Optional.empty()));

        var problem = AwsProblem.of(headBucket, ROLE);

        assertThat(problem.messageKey()).isEqualTo("aws.error.headBucketForbidden");
        assertThat(problem.awsText()).isEqualTo("HTTP 403: Forbidden");
        assertThat(problem.action()).isEqualTo("s3:ListBucket");
        assertThat(problem.resource()).isEqualTo("arn:aws:s3:::clickhouse-cloud-data");
    }

    @Test
    void iamActionsFollowIamsServicePrefixAndS3sOwnActionNames() {
        assertThat(FailedCall.of("Ec2", "CreateVpc", Optional.empty(), Optional.empty()).action()).isEqualTo("ec2:CreateVpc");
        assertThat(FailedCall.of("ElasticLoadBalancingV2", "CreateLoadBalancer", Optional.empty(), Optional.empty()).action())
                .isEqualTo("elasticloadbalancing:CreateLoadBalancer");
        assertThat(FailedCall.of("Route53", "CreateHostedZone", Optional.empty(), Optional.empty()).action())
                .isEqualTo("route53:CreateHostedZone");
        assertThat(FailedCall.of("S3", "PutBucketEncryption", Optional.of("b"), Optional.empty()).action())
                .isEqualTo("s3:PutEncryptionConfiguration");
        assertThat(FailedCall.of("S3", "PutObject", Optional.of("b"), Optional.of("k/x.yaml")).resource())
                .isEqualTo("arn:aws:s3:::b/k/x.yaml");
    }

    @Test
    void anErrorThatCannotSucceedOnRetryIsPermanentAndNotRetryable() {
        var notImplemented = AwsProblem.of(raw(500, "Internal Server Error",
                "<!doctype html><html><title>500 Internal Server Error</title><p>The server encountered an internal error"), ROLE);
        assertThat(notImplemented.permanent()).isTrue();
        assertThat(notImplemented.retryable()).isFalse();
        assertThat(notImplemented.messageKey()).isEqualTo("aws.error.permanent");

        assertThat(AwsProblem.of(error("NotImplemented", "x", 501), ROLE).permanent()).isTrue();
        assertThat(AwsProblem.of(error("InternalFailure", "The action is not implemented here", 500), ROLE).permanent()).isTrue();
        var validation = AwsProblem.of(error("ValidationError", "1 validation error detected", 400), ROLE);
        assertThat(validation.permanent()).isTrue();
        assertThat(validation.messageKey()).isEqualTo("aws.error.ValidationError");

        var awsOwn500 = AwsProblem.of(error("InternalError", "We encountered an internal error", 500), ROLE);
        assertThat(awsOwn500.permanent()).isFalse();
        assertThat(awsOwn500.retryable()).isTrue();
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
        assertThat(AwsProblem.of(raw(503, "Service Unavailable", ""), ROLE).retryable()).isTrue();
        var other = AwsProblem.of(error("SomethingNew", "new text", 400), ROLE);
        assertThat(other.messageKey()).isEqualTo("aws.error.other");
        assertThat(other.awsText()).isEqualTo("SomethingNew: new text");
    }

    @Test
    void aNetworkFailureIsRetryable() {
        assertThat(AwsProblem.of(SdkClientException.create("Connection refused"), ROLE).retryable()).isTrue();
    }

    @Test
    void theAwsAnswerIsFoundBehindAClientExceptionThatWrapsIt() {
        var wrapped = SdkClientException.create("Unable to load credentials",
                error("AccessDenied", "not authorized to perform: sts:AssumeRole", 403));
        assertThat(AwsProblem.of(wrapped, ROLE).messageKey()).isEqualTo("aws.error.assumeRoleDenied");
    }

    @Test
    void theSessionNameIdentifiesTheOnboardingWithinStsLimits() {
        String name = CustomerRole.sessionNameFor("0b8f2c1e-1111-2222-3333-444455556666");
        assertThat(name).isEqualTo("byoc-0b8f2c1e-1111-2222-3333-444455556666").matches("[\\w+=,.@-]{2,64}");
    }

    /** The real SDK against a local server: what our clients record and which answers they retry. */
    @Nested
    class ThroughTheSdk {

        private HttpServer server;
        private final AtomicInteger requests = new AtomicInteger();
        private volatile int status;
        private volatile String body;

        @BeforeEach
        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    requests.incrementAndGet();
                    exchange.getRequestBody().readAllBytes();
                    byte[] out = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/xml");
                    exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
                    exchange.getResponseBody().write(out);
                }
            });
            server.start();
        }

        @AfterEach
        void stop() {
            server.stop(0);
        }

        private SdkException callStsAnswered(int status, String body) {
            this.status = status;
            this.body = body;
            var endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            var properties = new AwsProperties(endpoint, Map.of(), "test", "test", "us-east-1", null,
                    new AwsProperties.Retry(4, Duration.ofMillis(1), Duration.ofMillis(5)), null);
            var beans = new DefaultListableBeanFactory();
            var clients = new AwsClients(properties, beans.getBeanProvider(EmulatedAws.class),
                    beans.getBeanProvider(ExecutionInterceptor.class));
            try {
                return catchThrowableOfType(SdkException.class, () -> clients.vendorSts("us-east-1").getCallerIdentity());
            } finally {
                clients.destroy();
            }
        }

        @Test
        void aServerWithoutTheCallIsAskedOnceNotEightTimes() {
            var problem = AwsProblem.of(callStsAnswered(500, "<html><title>500 Internal Server Error</title></html>"), ROLE);
            assertThat(problem.permanent()).isTrue();
            assertThat(requests).hasValue(1);
        }

        @Test
        void aBriefOutageIsStillRetried() {
            callStsAnswered(503, "");
            assertThat(requests).hasValue(4);
        }

        @Test
        void aDenialWithoutDetailsNamesTheActionOfTheCallThatFailed() {
            var problem = AwsProblem.of(callStsAnswered(403, ""), ROLE);
            assertThat(problem.action()).isEqualTo("sts:GetCallerIdentity");
            assertThat(problem.messageKey()).isEqualTo("aws.error.denied.action");
            assertThat(problem.awsCode()).isEqualTo("HTTP 403");
        }
    }

    private static AwsServiceException error(String code, String message, int status) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }

    /** An answer as the SDK leaves it when it cannot parse the error: no code, the body and status as sent. */
    private static AwsServiceException raw(int status, String statusText, String body) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .rawResponse(SdkBytes.fromUtf8String(body))
                        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).statusText(statusText).build())
                        .build())
                .build();
    }
}
