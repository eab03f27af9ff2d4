package com.byoconboard.aws;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the app reaches AWS: the vendor's own credentials (blank means the SDK's default chain), endpoint
 * overrides (one for every service, or per service: ec2, iam, sts, s3, eks, route53), and retry settings.
 *
 * @param endpoint        one endpoint for every service (the sandbox's moto); null for real AWS
 * @param endpoints       per-service endpoints, winning over {@code endpoint}
 * @param vendorAccessKeyId static vendor credentials (sandbox only); blank uses the default chain
 * @param vendorSecretAccessKey the secret of {@code vendorAccessKeyId}
 * @param vendorRegion    region of the vendor's STS calls
 * @param sessionDuration lifetime of an assumed-role session (refreshed automatically before it ends)
 * @param retry           SDK retries of throttling and 5xx answers, with exponential backoff
 * @param apiCallTimeout  upper bound of one SDK call including its retries
 */
@ConfigurationProperties("byoc.aws")
public record AwsProperties(
        URI endpoint,
        Map<String, URI> endpoints,
        String vendorAccessKeyId,
        String vendorSecretAccessKey,
        String vendorRegion,
        Duration sessionDuration,
        Retry retry,
        Duration apiCallTimeout) {

    public AwsProperties {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        vendorAccessKeyId = vendorAccessKeyId == null ? "" : vendorAccessKeyId;
        vendorSecretAccessKey = vendorSecretAccessKey == null ? "" : vendorSecretAccessKey;
        vendorRegion = vendorRegion == null || vendorRegion.isBlank() ? "us-east-1" : vendorRegion;
        sessionDuration = sessionDuration == null ? Duration.ofHours(1) : sessionDuration;
        retry = retry == null ? new Retry(8, Duration.ofMillis(200), Duration.ofSeconds(20)) : retry;
        apiCallTimeout = apiCallTimeout == null ? Duration.ofMinutes(2) : apiCallTimeout;
    }

    /** The endpoint override for {@code service}, if any. */
    public Optional<URI> endpointFor(String service) {
        return Optional.ofNullable(endpoints.getOrDefault(service, endpoint));
    }

    /**
     * @param maxAttempts attempts per call, the first included
     * @param baseDelay   first backoff; doubles each attempt (with jitter)
     * @param maxBackoff  longest single backoff
     */
    public record Retry(int maxAttempts, Duration baseDelay, Duration maxBackoff) {
    }
}
