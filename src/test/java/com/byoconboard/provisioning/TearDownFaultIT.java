package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tear down against AWS that fails (the fault-injecting proxy in front of moto): through transient errors it
 * completes, each failed try logged with what failed, the AWS error code and the next try; under errors that do
 * not pass it stops saying so, and offers Retry and Cancel, never hanging in silence. The moto profile allows 6 tries
 * of 5 SDK attempts each.
 */
@SpringBootTest
@MotoBacked
class TearDownFaultIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;
    @Autowired
    Translations translations;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void aTearDownCompletesThroughTransientErrorsAndLogsEachFailedTryWithItsCodeAndNextTry() {
        var onboarding = ready();
        // More throttles in a row than the SDK's own 5 attempts: the tear down itself must try again.
        proxy.fail("DeleteSubnet", 7, 503, "RequestLimitExceeded", "Request limit exceeded.");

        provisioning.tearDown(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.TORN_DOWN);

        assertThat(ProvisioningRunIT.tagged(aws, onboarding)).isEmpty();
        var retries = lines(onboarding.id(), "provisioning.log.tearDownRetrying");
        assertThat(retries).isNotEmpty().first().satisfies(line -> assertThat(line.message().args())
                .contains("1", "6", "RequestLimitExceeded", "Request limit exceeded.")
                .anySatisfy(what -> assertThat(what).startsWith("SUBNET subnet-")));
        assertThat(text(retries.getFirst())).contains("try 1 of 6", "RequestLimitExceeded", "tries again in");
    }

    @Test
    void underPersistentErrorsTheTearDownSaysWhatFailsAndOffersRetryAndCancelAndRetryFinishesIt() {
        var onboarding = ready();
        proxy.fail("DeleteVpc", 100_000, 503, "ServiceUnavailable", "Service is unavailable.");

        provisioning.tearDown(onboarding.id());
        awaitLog(onboarding.id(), () -> !lines(onboarding.id(), "provisioning.log.tearDownStalled").isEmpty(),
                "the tear down to say it stopped");

        var progress = provisioning.progress(onboarding.id());
        assertThat(progress.state()).isEqualTo(RunState.TEARING_DOWN);
        assertThat(provisioning.allowedFor(onboarding.id()).allowed()).containsExactly(RunAction.RETRY, RunAction.CANCEL);
        var stalled = lines(onboarding.id(), "provisioning.log.tearDownStalled").getFirst();
        assertThat(stalled.level()).isEqualTo(LogEntry.Level.ERROR);
        long left = progress.resources().stream().filter(r -> r.deletedAt() == null).count();
        assertThat(text(stalled)).contains("VPC vpc-", "ServiceUnavailable", left + " resources are still in the account",
                "Retry", "Cancel");
        assertThat(lines(onboarding.id(), "provisioning.log.tearDownRetrying")).hasSize(5);

        proxy.reset();
        provisioning.retry(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.TORN_DOWN);
        assertThat(ProvisioningRunIT.tagged(aws, onboarding)).isEmpty();
    }

    @Test
    void aCancelledTearDownLeavesWhatIsLeftRecordedAndSaysSoAndALaterTearDownDeletesIt() {
        var onboarding = ready();
        proxy.fail("DeleteVpc", 100_000, 503, "ServiceUnavailable", "Service is unavailable.");
        provisioning.tearDown(onboarding.id());
        awaitLog(onboarding.id(), () -> !lines(onboarding.id(), "provisioning.log.tearDownStalled").isEmpty(),
                "the tear down to say it stopped");

        provisioning.cancel(onboarding.id());

        var cancelled = provisioning.progress(onboarding.id());
        assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
        var left = cancelled.resources().stream().filter(r -> r.deletedAt() == null).toList();
        assertThat(left).extracting(RecordedResource::type).contains(com.byoconboard.deployment.ResourceType.VPC);
        assertThat(cancelled.resources()).anySatisfy(r -> assertThat(r.deletedAt()).isNotNull());
        assertThat(text(lines(onboarding.id(), "provisioning.log.tearDownCancelled").getFirst()))
                .contains(left.size() + " resources are not deleted and stay in the customer's account");
        assertThat(provisioning.allowedFor(onboarding.id()).allowed()).containsExactly(RunAction.RETRY, RunAction.TEAR_DOWN);

        proxy.reset();
        provisioning.tearDown(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.TORN_DOWN);
        assertThat(ProvisioningRunIT.tagged(aws, onboarding)).isEmpty();
    }

    private Onboarding ready() {
        var onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        provisioning.start(onboarding.id());
        awaitState(onboarding.id(), OnboardingState.READY);
        return onboarding;
    }

    private List<LogEntry> lines(OnboardingId id, String key) {
        return provisioning.progress(id).log().stream().filter(l -> l.message().key().equals(key)).toList();
    }

    private String text(LogEntry line) {
        return translations.getTranslation(line.message().key(), Locale.ENGLISH, line.message().argsArray());
    }

    private void awaitState(OnboardingId id, OnboardingState state) {
        awaitLog(id, () -> onboardings.getForVendor(id).state() == state, "onboarding state " + state);
    }

    /** Waits up to three minutes (a whole run on a busy two-core machine) for {@code condition}. */
    private void awaitLog(OnboardingId id, java.util.function.BooleanSupplier condition, String what) {
        var deadline = java.time.Instant.now().plusSeconds(180);
        while (!condition.getAsBoolean()) {
            if (java.time.Instant.now().isAfter(deadline)) {
                var p = provisioning.progress(id);
                throw new AssertionError("Timed out waiting for " + what + "; run " + p.state() + ", log "
                        + p.log().stream().map(l -> l.message().key() + l.message().args()).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
