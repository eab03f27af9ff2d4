package com.byoconboard.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.List;
import java.util.Set;

/**
 * What went wrong in an AWS call, in the customer's terms: a message key (bundle {@code i18n/aws}) naming
 * the likely cause, a fix key, the AWS error code and text as AWS wrote them, and whether trying again
 * later can help (throttling, 5xx, network) or a person must fix something first.
 *
 * @param messageKey key of the explanation, with {@code args}
 * @param fixKey     key of what to do about it, with the same {@code args}
 */
public record AwsProblem(String messageKey, String fixKey, List<String> args, String awsCode, String awsMessage,
                         boolean retryable) {

    private static final Set<String> EXPLAINED = Set.of("AccessDenied", "AccessDeniedException", "RegionDisabledException",
            "InvalidClientTokenId", "ExpiredToken", "ValidationError", "UnauthorizedOperation", "OptInRequired",
            "AuthFailure", "InvalidParameterValue", "DependencyViolation", "VpcLimitExceeded", "AddressLimitExceeded",
            "NatGatewayLimitExceeded", "BucketAlreadyExists", "LimitExceeded", "LimitExceededException",
            "InvalidSubnetID.NotFound", "InvalidVpcID.NotFound", "NoSuchEntity");

    /**
     * Explains {@code failure} from a call that used {@code roleArn} (shown in the messages). The key is
     * {@code aws.error.<AwsCode>} for the codes we can explain, else {@code aws.error.other}.
     */
    public static AwsProblem of(Throwable failure, String roleArn) {
        SdkException sdk = find(failure);
        if (sdk instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : nullToEmpty(service.awsErrorDetails().errorCode());
            String text = service.awsErrorDetails() == null ? service.getMessage()
                    : nullToEmpty(service.awsErrorDetails().errorMessage());
            boolean retryable = service.isThrottlingException() || service.statusCode() >= 500 || service.retryable();
            String key = EXPLAINED.contains(code) ? "aws.error." + code : retryable ? "aws.error.transient" : "aws.error.other";
            return new AwsProblem(key, key + ".fix", List.of(roleArn, code, text), code, text, retryable);
        }
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        boolean retryable = sdk instanceof SdkClientException && !(sdk instanceof AbortedException) || sdk == null;
        return new AwsProblem("aws.error.unreachable", "aws.error.unreachable.fix", List.of(roleArn, "", text), "",
                text, retryable);
    }

    /** The AWS text with its code, as it should appear in a log: {@code "AccessDenied: User ... is not authorized"}. */
    public String awsText() {
        return awsCode.isEmpty() ? awsMessage : awsCode + ": " + awsMessage;
    }

    private static SdkException find(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof SdkException sdk) {
                return sdk;
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
