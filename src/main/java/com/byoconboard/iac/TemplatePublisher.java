package com.byoconboard.iac;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.onboarding.Onboarding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Puts an onboarding's CloudFormation template where quick-create can fetch it: AWS accepts only an https S3
 * URL, so the template goes to the vendor's template bucket ({@code byoc.iac.template-bucket}) with the vendor's
 * own credentials, under a key per onboarding and content hash: a changed template gets a new URL, an unchanged
 * one is uploaded once. Without a bucket the URL is this app's template endpoint (an emulator accepts it).
 * The bucket must let everyone read the objects ({@code s3:GetObject}): customers' consoles fetch them.
 */
@Service
public class TemplatePublisher {

    /** What the vendor's own credentials must be allowed on the template bucket, and nothing more. */
    public static final List<String> VENDOR_ACTIONS = List.of("s3:CreateBucket", "s3:PutObject");
    static final String KEY_PREFIX = "quick-create/";
    private static final int HASH_HEX_CHARS = 16;

    private final IacProperties properties;
    private final PublicBaseUrl publicBaseUrl;
    private final Supplier<S3Client> vendorS3;
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private volatile boolean bucketReady;

    @Autowired
    TemplatePublisher(IacProperties properties, PublicBaseUrl publicBaseUrl, AwsClients aws) {
        this(properties, publicBaseUrl, () -> aws.vendorS3(properties.templateBucketRegion()));
    }

    TemplatePublisher(IacProperties properties, PublicBaseUrl publicBaseUrl, Supplier<S3Client> vendorS3) {
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.vendorS3 = vendorS3;
    }

    /** The vendor's own policy for the template bucket: {@link #VENDOR_ACTIONS} on it and its objects. */
    String vendorPolicy() {
        String bucket = "arn:aws:s3:::" + properties.templateBucket();
        return """
                {"Version": "2012-10-17", "Statement": [{"Sid": "PublishQuickCreateTemplates", "Effect": "Allow",
                  "Action": [%s], "Resource": ["%s", "%s/*"]}]}""".formatted(
                String.join(", ", VENDOR_ACTIONS.stream().map(a -> "\"" + a + "\"").toList()), bucket, bucket);
    }

    /** Publishes {@code content} (once per content) and returns the URL AWS CloudFormation fetches it from. */
    URI publish(Onboarding onboarding, IacTemplate template, String content) {
        String bucket = properties.templateBucket();
        if (bucket.isEmpty()) {
            return URI.create(publicBaseUrl.get() + "/iac/" + onboarding.id() + "/" + template.fileName());
        }
        String key = KEY_PREFIX + onboarding.id() + "/" + sha256(content).substring(0, HASH_HEX_CHARS) + "/"
                + template.fileName();
        if (!published.contains(key)) {
            S3Client s3 = vendorS3.get();
            createBucketOnFirstUse(s3, bucket);
            s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/yaml"),
                    RequestBody.fromString(content, StandardCharsets.UTF_8));
            published.add(key);
        }
        return URI.create("https://" + bucket + ".s3." + properties.templateBucketRegion() + ".amazonaws.com/" + key);
    }

    private void createBucketOnFirstUse(S3Client s3, String bucket) {
        if (bucketReady) {
            return;
        }
        String region = properties.templateBucketRegion();
        try {
            // us-east-1 is the one region that refuses a location constraint naming itself.
            var request = CreateBucketRequest.builder().bucket(bucket);
            if (!region.equals("us-east-1")) {
                request.createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.fromValue(region)));
            }
            s3.createBucket(request.build());
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // Created by an earlier run or by the operator: what we want.
        }
        bucketReady = true;
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
