package com.byoconboard.provisioning;

import com.byoconboard.ByocOnboardApplication;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application stops in the middle of a run, at the worst moment: AWS created the NAT gateway but the
 * answer never reached us (so the journal does not know it), and AWS stays unreachable while we shut down.
 * A new application on the same database finishes the run and creates nothing twice.
 */
class ProvisioningDurabilityIT {

    @BeforeEach
    void signInAsSupportingCustomer() {
        TestOnboardings.signIn();
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }


    private final AwsProxy proxy = MotoFixture.fresh();
    private final String database = "jdbc:h2:mem:durability-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        proxy.reset();
    }

    @Test
    void aRunInterruptedByAnAppRestartCompletesWithNothingCreatedTwice() throws InterruptedException {
        app = startApp();
        var onboarding = TestOnboardings.approved(app.getBean(OnboardingService.class), app.getBean(IacGenerator.class),
                TestOnboardings::newVpc);
        proxy.goDownAfter("CreateNatGateway");

        app.getBean(ProvisioningService.class).start(onboarding.id());
        assertThat(proxy.awaitDown(60)).as("the run reached CreateNatGateway").isTrue();
        app.close();

        proxy.reset();
        app = startApp();
        awaitReady(onboarding.id());

        var provisioning = app.getBean(ProvisioningService.class);
        assertThat(ProvisioningRunIT.counts(ProvisioningRunIT.tagged(app.getBean(AwsClients.class), onboarding)))
                .isEqualTo(ProvisioningRunIT.plannedCounts(provisioning.plan(onboarding)));
        assertThat(provisioning.progress(onboarding.id()).log()).anySatisfy(line -> {
            assertThat(line.message().key()).isEqualTo("provisioning.log.adopted");
            assertThat(line.message().args()).anySatisfy(arg -> assertThat(arg).startsWith("nat-"));
        });
    }

    private ConfigurableApplicationContext startApp() {
        var arguments = new ArrayList<>(MotoFixture.arguments());
        arguments.addAll(List.of("--spring.datasource.url=" + database, "--server.port=0"));
        var started = new SpringApplicationBuilder(ByocOnboardApplication.class).profiles("test", "moto")
                .run(arguments.toArray(String[]::new));
        // The new app installs its own security-context strategy: sign the test's thread in again there.
        TestOnboardings.signIn();
        return started;
    }

    private void awaitReady(OnboardingId id) throws InterruptedException {
        var onboardings = app.getBean(OnboardingService.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (onboardings.getForVendor(id).state() != OnboardingState.READY) {
            assertThat(Instant.now()).as(() -> "still not ready: "
                    + app.getBean(ProvisioningService.class).progress(id).steps()).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
