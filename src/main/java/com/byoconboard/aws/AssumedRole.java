package com.byoconboard.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Credentials of one assumed-role session, assumed on first use and again shortly before they expire, that also
 * keep STS's answer: pre-flight's proof that the role can be assumed is then the session's own AssumeRole, not a
 * second one (the SDK's {@code StsAssumeRoleCredentialsProvider} does not give its answer out).
 */
final class AssumedRole implements AwsCredentialsProvider {

    /** As the SDK's provider: a new session this long before the current one expires. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final StsClient sts;
    private final Supplier<AssumeRoleRequest> request;
    private final Clock clock;
    private AssumeRoleRequest asked;
    private AssumeRoleResponse current;

    AssumedRole(StsClient sts, Supplier<AssumeRoleRequest> request, Clock clock) {
        this.sts = sts;
        this.request = request;
        this.clock = clock;
    }

    /**
     * STS's answer for the current session, assuming the role now if there is none or it is about to expire. A refused
     * AssumeRole throws and is asked again on the next use.
     */
    synchronized AssumeRoleResponse session() {
        if (current == null || !clock.instant().plus(RENEW_BEFORE).isBefore(current.credentials().expiration())) {
            var next = request.get();
            current = sts.assumeRole(next);
            asked = next;
        }
        return current;
    }

    /** The session name the current session was asked for; call {@link #session()} first. */
    synchronized String sessionName() {
        return asked.roleSessionName();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        var credentials = session().credentials();
        return AwsSessionCredentials.builder().accessKeyId(credentials.accessKeyId())
                .secretAccessKey(credentials.secretAccessKey()).sessionToken(credentials.sessionToken())
                .expirationTime(credentials.expiration()).build();
    }
}
