package com.byoconboard.support;

import com.byoconboard.iac.PublicBaseUrl;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.Translations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Customer e-mails go through SMTP (GreenMail here, on a free port), and nowhere when no SMTP host is set. */
class MailNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    final OnboardingService onboardings = mock(OnboardingService.class);
    final RecipientLanguage languages = mock(RecipientLanguage.class);
    final SupportProperties properties = new SupportProperties("byoc@vendor.example", "https://byoc.example/");
    final Onboarding onboarding = new Onboarding(OnboardingId.random(), new OrganizationId("acme"),
            OnboardingState.CHANGES_REQUESTED, OnboardingInputs.initial()
            .withAccount(a -> a.withAdminEmail("platform@acme.example").withOrganizationName("Acme")),
            "x", 1, 3, Instant.now(), Instant.now());

    MailNotifier notifier(JavaMailSender... senders) {
        var beans = new StaticListableBeanFactory(senders.length == 0 ? Map.of() : Map.of("mail", senders[0]));
        return new MailNotifier(beans.getBeanProvider(JavaMailSender.class), onboardings, new Translations(),
                properties, mock(PublicBaseUrl.class), languages);
    }

    @Test
    void aStateChangeWithSupportsCommentInItsEventIsMailedToTheOrganizationAdmin() throws Exception {
        when(languages.of(any())).thenReturn(Locale.ENGLISH);
        when(onboardings.getForVendor(any())).thenReturn(onboarding);
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());

        notifier(sender).onStateChanged(new OnboardingEvents.StateChanged(onboarding.id(), onboarding.organizationId(),
                OnboardingState.SUBMITTED, OnboardingState.CHANGES_REQUESTED, "Please use a /20 CIDR"));

        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("platform@acme.example");
        assertThat(received[0].getSubject()).isEqualTo("[BYOC Onboard] Acme: Changes requested");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Please use a /20 CIDR")
                .contains("https://byoc.example/onboarding/" + onboarding.id());
    }

    @Test
    void aCustomerWhoSubmittedInJapaneseIsWrittenToInJapaneseWithALinkToTheOnboarding() throws Exception {
        when(languages.of(onboarding.id())).thenReturn(Locale.JAPANESE);
        when(onboardings.getForVendor(any())).thenReturn(onboarding);
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");

        notifier(sender).onStateChanged(new OnboardingEvents.StateChanged(onboarding.id(), onboarding.organizationId(),
                OnboardingState.SUBMITTED, OnboardingState.APPROVED, ""));

        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[BYOC Onboard] Acme: " + new Translations()
                .getTranslation("state.APPROVED", Locale.JAPANESE));
        assertThat(received[0].getContent().toString()).contains("BYOC オンボーディング申請 Acme")
                .contains("https://byoc.example/onboarding/" + onboarding.id());
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndNothingIsRead() {
        notifier().onStateChanged(new OnboardingEvents.StateChanged(onboarding.id(), onboarding.organizationId(),
                OnboardingState.DRAFT, OnboardingState.SUBMITTED, ""));
        verifyNoInteractions(onboardings);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
