package com.byoconboard.aws;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK call an AWS error answered, as IAM names it ({@code s3:ListBucket} for S3's HeadBucket), attached to
 * the exception by {@link Recorder}: AWS's own message names the denied action only sometimes (never for a
 * HEAD request, which has no body), and the exception alone does not say which operation failed.
 *
 * @param operation the SDK operation, e.g. {@code HeadBucket}
 * @param action    the IAM action that authorizes it, e.g. {@code s3:ListBucket}
 * @param resource  the resource's ARN where the request names one we can build without a lookup, else empty
 */
final class FailedCall extends RuntimeException {

    /** IAM's service prefix where it is not the SDK's service name in lower case. */
    private static final Map<String, String> IAM_PREFIX = Map.of(
            "ElasticLoadBalancingV2", "elasticloadbalancing",
            "ElasticLoadBalancing", "elasticloadbalancing",
            "ServiceQuotas", "servicequotas",
            "ResourceGroupsTaggingApi", "tag");

    /** S3 operations authorized by an IAM action of another name. */
    private static final Map<String, String> S3_ACTION = Map.ofEntries(
            Map.entry("HeadBucket", "ListBucket"),
            Map.entry("ListObjects", "ListBucket"),
            Map.entry("ListObjectsV2", "ListBucket"),
            Map.entry("ListObjectVersions", "ListBucketVersions"),
            Map.entry("ListBuckets", "ListAllMyBuckets"),
            Map.entry("HeadObject", "GetObject"),
            Map.entry("DeleteObjects", "DeleteObject"),
            Map.entry("CreateMultipartUpload", "PutObject"),
            Map.entry("UploadPart", "PutObject"),
            Map.entry("CompleteMultipartUpload", "PutObject"),
            Map.entry("PutBucketEncryption", "PutEncryptionConfiguration"),
            Map.entry("GetBucketEncryption", "GetEncryptionConfiguration"),
            Map.entry("DeleteBucketEncryption", "PutEncryptionConfiguration"),
            Map.entry("PutPublicAccessBlock", "PutBucketPublicAccessBlock"),
            Map.entry("GetPublicAccessBlock", "GetBucketPublicAccessBlock"),
            Map.entry("DeletePublicAccessBlock", "PutBucketPublicAccessBlock"),
            Map.entry("PutBucketLifecycleConfiguration", "PutLifecycleConfiguration"),
            Map.entry("GetBucketLifecycleConfiguration", "GetLifecycleConfiguration"),
            Map.entry("DeleteBucketLifecycle", "PutLifecycleConfiguration"),
            Map.entry("DeleteBucketTagging", "PutBucketTagging"));

    private final String operation;
    private final String action;
    private final String resource;

    private FailedCall(String operation, String action, String resource) {
        super(resource.isEmpty() ? "during " + action : "during " + action + " on " + resource, null, false, false);
        this.operation = operation;
        this.action = action;
        this.resource = resource;
    }

    /** The call of SDK operation {@code operation} of the client named {@code sdkServiceName} ({@code S3}, {@code Ec2}). */
    static FailedCall of(String sdkServiceName, String operation, Optional<String> bucket, Optional<String> key) {
        String prefix = IAM_PREFIX.getOrDefault(sdkServiceName, sdkServiceName.toLowerCase(Locale.ROOT));
        String name = prefix.equals("s3") ? S3_ACTION.getOrDefault(operation, operation) : operation;
        // S3 is the one service whose resource ARN needs no account or region: build it from the request.
        String resource = prefix.equals("s3") ? bucket.map(b -> "arn:aws:s3:::" + b + key.map(k -> "/" + k).orElse(""))
                .orElse("") : "";
        return new FailedCall(operation, prefix + ":" + name, resource);
    }

    /** The first call recorded on {@code failure}: the innermost one (an AssumeRole inside an EC2 call's credentials). */
    static Optional<FailedCall> on(Throwable failure) {
        return Arrays.stream(failure.getSuppressed()).filter(FailedCall.class::isInstance).map(FailedCall.class::cast)
                .findFirst();
    }

    String operation() {
        return operation;
    }

    String action() {
        return action;
    }

    String resource() {
        return resource;
    }

    /** Registered on every client by {@link AwsClients}: records the failed call on the exception the caller gets. */
    static final class Recorder implements ExecutionInterceptor {

        @Override
        public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
            Throwable failure = context.exception();
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            if (service != null && operation != null) {
                SdkRequest request = context.request();
                failure.addSuppressed(of(service, operation, request.getValueForField("Bucket", String.class),
                        request.getValueForField("Key", String.class)));
            }
            return failure;
        }
    }
}
