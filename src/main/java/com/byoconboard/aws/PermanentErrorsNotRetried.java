package com.byoconboard.aws;

import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The SDK's retry strategy, except that an answer {@link AwsProblem} calls permanent is not retried: the SDK
 * retries every 5xx, so a call the server does not implement (HTTP 500 or 501) would be sent eight times.
 * Being no SDK-internal strategy, the client builder adds no defaults to it: {@code standard} must have them.
 */
record PermanentErrorsNotRetried(RetryStrategy standard) implements RetryStrategy {

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return standard.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        if (AwsProblem.of(request.failure(), "").permanent()) {
            throw new TokenAcquisitionFailedException("Not retried: the same request fails again", request.token(),
                    request.failure());
        }
        return standard.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return standard.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return standard.maxAttempts();
    }

    @Override
    public Builder<?, ?> toBuilder() {
        return standard.toBuilder();
    }

    @Override
    public void close() {
        standard.close();
    }
}
