package com.byoconboard.aws;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What went wrong in an AWS call, in the customer's terms: a message key (bundle {@code i18n/aws}) naming
 * the likely cause, a fix key, the AWS error code and text as AWS wrote them, the IAM action and resource a
 * denial was about, whether trying again later can help (throttling, 5xx, network), and whether the same call
 * can never succeed (not implemented, a rejected value), so that nobody retries it.
 *
 * @param messageKey key of the explanation, with {@code args}: role ARN, AWS code, AWS text, action, resource
 * @param fixKey     key of what to do about it, with the same {@code args}
 * @param action     the IAM action of the failed call ({@code ec2:CreateVpc}), empty when unknown
 * @param resource   the resource AWS named (or the S3 bucket of the request), empty when unknown
 * @param permanent  the same call fails again however often it is repeated; never also {@code retryable}
 */
public record AwsProblem(String messageKey, String fixKey, List<String> args, String awsCode, String awsMessage,
                         String action, String resource, boolean retryable, boolean permanent) {

    private static final Set<String> EXPLAINED = Set.of("RegionDisabledException", "InvalidClientTokenId",
            "ExpiredToken", "ValidationError", "OptInRequired", "AuthFailure", "InvalidParameterValue",
            "DependencyViolation", "VpcLimitExceeded", "AddressLimitExceeded", "NatGatewayLimitExceeded",
            "BucketAlreadyExists", "LimitExceeded", "LimitExceededException", "InvalidSubnetID.NotFound",
            "InvalidVpcID.NotFound", "NoSuchEntity");
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation");
    /** Codes of a request AWS will refuse again as it stands: a value, a parameter, a policy, an unknown call. */
    private static final Set<String> REJECTED_REQUEST = Set.of("ValidationError", "ValidationException",
            "InvalidParameterValue", "InvalidParameterCombination", "MissingParameter", "MalformedPolicyDocument",
            "InvalidAction", "NotImplemented", "UnsupportedOperation");
    private static final String ASSUME_ROLE = "sts:AssumeRole";
    /** AWS's denial text: "... is not authorized to perform: ec2:CreateVpc on resource: arn:... because ...". */
    private static final Pattern DENIED_ACTION = Pattern.compile("perform: ([\\w-]+:\\w+)");
    private static final Pattern DENIED_RESOURCE = Pattern.compile("on resource: \"?([^\"\\s]+)\"?");
    private static final int MAX_BODY_TEXT = 300;

    /**
     * Explains {@code failure} from a call that used {@code roleArn} (shown in the messages). Denials name the
     * action and resource ({@code aws.error.denied.*}; {@code aws.error.assumeRoleDenied} for AssumeRole
     * itself), known codes have their own key {@code aws.error.<AwsCode>}, the rest {@code aws.error.permanent},
     * {@code aws.error.transient} or {@code aws.error.other}.
     */
    public static AwsProblem of(Throwable failure, String roleArn) {
        SdkException sdk = find(failure);
        if (sdk instanceof AwsServiceException service) {
            return ofAnswer(service, Answer.of(service), FailedCall.on(service), roleArn);
        }
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        boolean retryable = sdk instanceof SdkClientException && !(sdk instanceof AbortedException) || sdk == null;
        return new AwsProblem("aws.error.unreachable", "aws.error.unreachable.fix", List.of(roleArn, "", text, "", ""),
                "", text, "", "", retryable, false);
    }

    /** The AWS text with its code, as it should appear in a log: {@code "AccessDenied: User ... is not authorized"}. */
    public String awsText() {
        return awsCode.isEmpty() ? awsMessage : awsCode + ": " + awsMessage;
    }

    private static AwsProblem ofAnswer(AwsServiceException service, Answer answer, Optional<FailedCall> call,
                                       String roleArn) {
        String action = DENIED_ACTION.matcher(answer.text()).results().map(m -> m.group(1)).findFirst()
                .orElse(call.map(FailedCall::action).orElse(""));
        String resource = DENIED_RESOURCE.matcher(answer.text()).results().map(m -> m.group(1)).findFirst()
                .orElse(call.map(FailedCall::resource).orElse(""));
        boolean permanent = answer.permanent();
        boolean retryable = !permanent && (service.isThrottlingException() || answer.status() >= 500 || service.retryable());
        String key;
        if (answer.denied() && action.equals(ASSUME_ROLE)) {
            key = "aws.error.assumeRoleDenied";
        } else if (answer.denied() && !answer.fromAws() && call.filter(c -> c.operation().equals("HeadBucket")).isPresent()) {
            key = "aws.error.headBucketForbidden";
        } else if (answer.denied()) {
            key = action.isEmpty() ? "aws.error.denied" : resource.isEmpty() ? "aws.error.denied.action"
                    : "aws.error.denied.actionOnResource";
        } else if (EXPLAINED.contains(answer.code())) {
            key = "aws.error." + answer.code();
        } else {
            key = permanent ? "aws.error.permanent" : retryable ? "aws.error.transient" : "aws.error.other";
        }
        String fixKey = key.startsWith("aws.error.denied") ? "aws.error.denied.fix" : key + ".fix";
        return new AwsProblem(key, fixKey, List.of(roleArn, answer.code(), answer.text(), action, resource),
                answer.code(), answer.text(), action, resource, retryable, permanent);
    }

    /**
     * An AWS error answer as AWS sent it. The SDK parses most; IAM's query protocol (and moto for every query
     * service) may send {@code <ErrorResponse><Errors><Error>}, which the SDK leaves unparsed (no code), and a
     * HEAD request's answer has no body at all: then the raw body, then the HTTP status, say what happened.
     */
    private record Answer(int status, String code, String text, boolean fromAws) {

        static Answer of(AwsServiceException e) {
            AwsErrorDetails details = e.awsErrorDetails();
            if (details == null) {
                return new Answer(e.statusCode(), "", nullToEmpty(e.getMessage()), false);
            }
            if (details.errorCode() != null && !details.errorCode().isBlank()) {
                return new Answer(e.statusCode(), details.errorCode(), nullToEmpty(details.errorMessage()), true);
            }
            String body = Optional.ofNullable(details.rawResponse()).map(SdkBytes::asUtf8String).orElse("");
            return errorDocument(e.statusCode(), body).orElseGet(() -> {
                String status = details.sdkHttpResponse() == null ? ""
                        : details.sdkHttpResponse().statusText().orElse("");
                String text = body.isBlank() ? status : plainText(body);
                return new Answer(e.statusCode(), "HTTP " + e.statusCode(), text, false);
            });
        }

        boolean denied() {
            return DENIED.contains(code) || !fromAws && status == 403;
        }

        boolean permanent() {
            // AWS answers its own 500s with a code (InternalError); a bare 500 is a server that failed on this very
            // call (moto without iam:SimulatePrincipalPolicy) and fails the same way next time.
            return status == 501 || REJECTED_REQUEST.contains(code) || text.toLowerCase(Locale.ROOT).contains("not implemented")
                    || status == 500 && !fromAws;
        }

        private static Optional<Answer> errorDocument(int status, String body) {
            if (!body.stripLeading().startsWith("<")) {
                return Optional.empty();
            }
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                var builder = factory.newDocumentBuilder();
                builder.setErrorHandler(new DefaultHandler()); // throws instead of printing to stderr
                Document document = builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                var codes = document.getElementsByTagName("Code");
                var messages = document.getElementsByTagName("Message");
                if (codes.getLength() == 0 || codes.item(0).getTextContent().isBlank()) {
                    return Optional.empty();
                }
                String message = messages.getLength() == 0 ? "" : messages.item(0).getTextContent().strip();
                return Optional.of(new Answer(status, codes.item(0).getTextContent().strip(), message, true));
            } catch (ParserConfigurationException | SAXException | IOException notXml) {
                return Optional.empty();
            }
        }

        /** The words of a body that is no AWS error document (an HTML error page), short enough for a message. */
        private static String plainText(String body) {
            String text = body.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            return text.length() > MAX_BODY_TEXT ? text.substring(0, MAX_BODY_TEXT) + "…" : text;
        }
    }

    /** The AWS answer in the cause chain if there is one, else the first SDK exception. */
    private static SdkException find(Throwable t) {
        SdkException first = null;
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof AwsServiceException service) {
                return service;
            }
            if (first == null && cause instanceof SdkException sdk) {
                first = sdk;
            }
        }
        return first;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
