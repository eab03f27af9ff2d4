package com.byoconboard.aws;

import com.byoconboard.testing.MovableClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One assumed-role session: assumed once, kept until shortly before it expires, its answer kept for pre-flight. */
class AssumedRoleTest {

    private static final String ROLE = "arn:aws:iam::210987654321:role/ClickHouseManagementRole";

    /** STS as far as the session uses it: answers AssumeRole with an hour's credentials, or refuses while told to. */
    private static final class Sts implements StsClient {
        final List<AssumeRoleRequest> asked = new ArrayList<>();
        int refusals;

        @Override
        public AssumeRoleResponse assumeRole(AssumeRoleRequest request) {
            asked.add(request);
            if (refusals > 0) {
                refusals--;
                throw StsException.builder().message("not yet").statusCode(403).build();
            }
            int n = asked.size();
            return AssumeRoleResponse.builder()
                    .credentials(c -> c.accessKeyId("ASIA" + n).secretAccessKey("secret" + n).sessionToken("token" + n)
                            .expiration(Instant.now().plus(Duration.ofHours(1))))
                    .assumedRoleUser(u -> u.arn("arn:aws:sts::210987654321:assumed-role/ClickHouseManagementRole/"
                            + request.roleSessionName()).assumedRoleId("AROA" + n))
                    .build();
        }

        @Override
        public String serviceName() {
            return "sts";
        }

        @Override
        public void close() {
        }
    }

    private final Sts sts = new Sts();
    private final MovableClock clock = new MovableClock();
    private final AssumedRole role = new AssumedRole(sts,
            () -> AssumeRoleRequest.builder().roleArn(ROLE).externalId("ext").roleSessionName("byoc-1").build(), clock);

    @Test
    void theFirstUseAssumesTheRoleAndEveryLaterUseBeforeExpiryReusesThatSession() {
        var first = (AwsSessionCredentials) role.resolveCredentials();
        var again = (AwsSessionCredentials) role.resolveCredentials();

        assertThat(sts.asked).hasSize(1);
        assertThat(again.accessKeyId()).isEqualTo(first.accessKeyId()).isEqualTo("ASIA1");
        assertThat(again.sessionToken()).isEqualTo("token1");
        assertThat(role.session().assumedRoleUser().arn()).endsWith(":assumed-role/ClickHouseManagementRole/byoc-1");
        assertThat(role.sessionName()).isEqualTo("byoc-1");
        assertThat(sts.asked).as("pre-flight's proof costs no call of its own").hasSize(1);
    }

    @Test
    void aSessionAboutToExpireIsReplacedByANewOne() {
        role.resolveCredentials();
        clock.advance(Duration.ofMinutes(54));
        assertThat(((AwsSessionCredentials) role.resolveCredentials()).accessKeyId()).isEqualTo("ASIA1");

        clock.advance(Duration.ofMinutes(2));

        assertThat(((AwsSessionCredentials) role.resolveCredentials()).accessKeyId()).isEqualTo("ASIA2");
        assertThat(sts.asked).hasSize(2);
    }

    @Test
    void aRefusedAssumeRoleIsAskedAgainOnTheNextUse() {
        sts.refusals = 1;

        assertThatThrownBy(role::resolveCredentials).isInstanceOf(StsException.class);
        assertThat(((AwsSessionCredentials) role.resolveCredentials()).accessKeyId()).isEqualTo("ASIA2");
        assertThat(sts.asked).hasSize(2);
    }
}
