package com.byoconboard.aws;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Builds every AWS SDK client of the app: the vendor's own (credentials from the default chain, or static
 * ones in the sandbox) and clients acting in a customer account through {@link #customer}. Applies the
 * configured endpoint overrides, retry strategy, and any {@link ExecutionInterceptor} beans.
 */
@Service
public class AwsClients implements DisposableBean {

    private final AwsProperties properties;
    private final Optional<EmulatedAws> sandbox;
    private final List<ExecutionInterceptor> interceptors;
    private final SdkHttpClient http = ApacheHttpClient.builder().maxConnections(64).build();
    private final AwsCredentialsProvider vendorCredentials;
    private final Map<String, StsClient> vendorSts = new ConcurrentHashMap<>();
    private final Map<String, S3Client> vendorS3 = new ConcurrentHashMap<>();
    private final Factory factory = new Factory();

    AwsClients(AwsProperties properties, ObjectProvider<EmulatedAws> sandbox,
               ObjectProvider<ExecutionInterceptor> interceptors) {
        this.properties = properties;
        this.sandbox = Optional.ofNullable(sandbox.getIfAvailable());
        this.interceptors = interceptors.orderedStream().toList();
        this.vendorCredentials = this.sandbox.map(EmulatedAws::vendorCredentials).orElseGet(() ->
                properties.vendorAccessKeyId().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.vendorAccessKeyId(),
                                properties.vendorSecretAccessKey())));
    }

    /** The vendor's STS client in {@code region}; shared, do not close. */
    public StsClient vendorSts(String region) {
        return vendorSts.computeIfAbsent(region, r -> factory.sts(r, vendorCredentials));
    }

    /** The vendor's S3 client in {@code region} (its own buckets, e.g. published templates); shared, do not close. */
    public S3Client vendorS3(String region) {
        return vendorS3.computeIfAbsent(region, r -> factory.s3(r, vendorCredentials));
    }

    /**
     * Clients acting in the customer's account through {@code role}: every AssumeRole (the first and each
     * refresh) carries the role's ExternalId and session name. Close the result when done.
     */
    public CustomerAccount customer(CustomerRole role, String region) {
        var request = assumeRoleRequest(role);
        return new CustomerAccount(region, new AssumedRole(vendorSts(region), () -> request, Clock.systemUTC()), factory);
    }

    /** What a session may do and for how long: AssumeRole's {@code Policy} and {@code DurationSeconds}. */
    public record SessionLimits(String policy, Duration duration) {
    }

    /**
     * Clients acting in the customer's account through {@code role}, each AssumeRole (the first, made now, and each
     * renewal) limited by what {@code limits} answers at that moment; {@code limits} throws to refuse a new session.
     * Close the result when done.
     */
    public CustomerAccount customer(CustomerRole role, String region, Supplier<SessionLimits> limits) {
        var provider = new AssumedRole(vendorSts(region), () -> {
            var limit = limits.get();
            return assumeRoleRequest(role).toBuilder().policy(limit.policy())
                    .durationSeconds((int) limit.duration().toSeconds()).build();
        }, Clock.systemUTC());
        // Assumed here, on the caller's thread, so that a refusal comes before any call in the account.
        provider.session();
        return new CustomerAccount(region, provider, factory);
    }

    /** The longest session the app asks STS for (the role's maximum). */
    public Duration longestSession() {
        return properties.sessionDuration();
    }

    /**
     * Clients acting with {@code credentials} someone else obtained (in the sandbox: the customer's own
     * administrator, see {@link EmulatedAws#administrator}). Close the result when done.
     */
    public CustomerAccount account(AwsCredentialsProvider credentials, String region) {
        return new CustomerAccount(region, credentials, factory);
    }

    /** The one AssumeRole request the app sends for {@code role}. */
    public AssumeRoleRequest assumeRoleRequest(CustomerRole role) {
        return AssumeRoleRequest.builder()
                .roleArn(role.roleArn())
                .externalId(role.externalId())
                .roleSessionName(role.sessionName())
                .durationSeconds((int) properties.sessionDuration().toSeconds())
                .build();
    }

    @Override
    public void destroy() {
        vendorSts.values().forEach(StsClient::close);
        vendorS3.values().forEach(S3Client::close);
        http.close();
    }

    private RetryStrategy retryStrategy() {
        var retry = properties.retry();
        var backoff = BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxBackoff());
        return new PermanentErrorsNotRetried(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(retry.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                // The token bucket would stop retrying a burst of throttles across steps running in parallel.
                .circuitBreakerEnabled(false)
                .build());
    }

    /** Applies what every client shares; package-private so that {@link CustomerAccount} builds lazily. */
    final class Factory {

        Ec2Client ec2(String region, AwsCredentialsProvider credentials) {
            return configure(Ec2Client.builder(), "ec2", Region.of(region), credentials).build();
        }

        IamClient iam(AwsCredentialsProvider credentials) {
            return configure(IamClient.builder(), "iam", Region.AWS_GLOBAL, credentials).build();
        }

        S3Client s3(String region, AwsCredentialsProvider credentials) {
            // moto serves buckets by path, not by virtual host.
            return configure(S3Client.builder(), "s3", Region.of(region), credentials)
                    .forcePathStyle(endpoint("s3").isPresent()).build();
        }

        EksClient eks(String region, AwsCredentialsProvider credentials) {
            return configure(EksClient.builder(), "eks", Region.of(region), credentials).build();
        }

        Route53Client route53(AwsCredentialsProvider credentials) {
            return configure(Route53Client.builder(), "route53", Region.AWS_GLOBAL, credentials).build();
        }

        CloudFormationClient cloudFormation(String region, AwsCredentialsProvider credentials) {
            return configure(CloudFormationClient.builder(), "cloudformation", Region.of(region), credentials).build();
        }

        StsClient sts(String region, AwsCredentialsProvider credentials) {
            return configure(StsClient.builder(), "sts", Region.of(region), credentials).build();
        }

        private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C>
                B configure(B builder, String service, Region region, AwsCredentialsProvider credentials) {
            var override = ClientOverrideConfiguration.builder()
                    .retryStrategy(retryStrategy())
                    .apiCallTimeout(properties.apiCallTimeout());
            override.addExecutionInterceptor(new FailedCall.Recorder());
            interceptors.forEach(override::addExecutionInterceptor);
            builder.region(region).credentialsProvider(credentials).httpClient(http)
                    .overrideConfiguration(override.build());
            endpoint(service).ifPresent(builder::endpointOverride);
            return builder;
        }

        private Optional<URI> endpoint(String service) {
            // A per-service override wins everywhere. Otherwise the sandbox is defined by the motos it started:
            // the catch-all endpoint (the test profile's closed port) may not send its calls elsewhere.
            return Optional.ofNullable(properties.endpoints().get(service))
                    .or(() -> sandbox.map(aws -> aws.endpoint(service)))
                    .or(() -> properties.endpointFor(service));
        }
    }
}
