package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer e-mail goes through the event publication registry: a mail server that fails once leaves the submit's
 * event incomplete in the registry (a table Flyway created), and resubmitting it sends the mail; the support
 * person's or customer's request never waits for SMTP.
 */
@SpringBootTest
@ActiveProfiles("test")
class MailRepublishIT {

    static final OrganizationId ORG = new OrganizationId("mail-republish-org");

    @Autowired
    OnboardingService onboardings;
    @Autowired
    FlakyMail mail;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aMailThatFailsOnceStaysInTheRegistryAndIsSentWhenItsEventIsResubmitted() {
        TestLogins.customerOfOwnOrganization(ORG.value());
        var draft = onboardings.create(ORG);
        draft = onboardings.editDraft(ORG, draft.id(), draft.version(), in -> ValidInputs.newVpc());
        String requestThread = Thread.currentThread().getName();

        onboardings.submit(ORG, draft.id(), draft.version());

        await(() -> mail.attempts.get() == 1, "the first, failing attempt");
        await(() -> incompleteMailPublications() == 1, "the failed mail's publication to be kept incomplete");
        assertThat(mail.sent).isEmpty();
        assertThat(mail.threads).doesNotContain(requestThread);

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        await(() -> mail.sent.size() == 1, "the mail to be sent on resubmission");
        assertThat(mail.sent.getFirst().getSubject()).contains("Submitted");
        await(() -> incompleteMailPublications() == 0, "the publication to be completed");
    }

    private int incompleteMailPublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like :l")
                .param("l", "%MailNotifier%").query(Integer.class).single();
    }

    private static void await(BooleanSupplier condition, String what) {
        var deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A mail server that refuses the first message and takes the rest. */
    static class FlakyMail extends JavaMailSenderImpl {
        final AtomicInteger attempts = new AtomicInteger();
        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void send(SimpleMailMessage message) {
            send(new SimpleMailMessage[] {message});
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            threads.add(Thread.currentThread().getName());
            if (attempts.incrementAndGet() == 1) {
                throw new MailSendException("421 Service not available, closing transmission channel");
            }
            sent.addAll(List.of(messages));
        }
    }

    @TestConfiguration
    static class Mail {
        @Bean
        FlakyMail flakyMail() {
            return new FlakyMail();
        }
    }
}
