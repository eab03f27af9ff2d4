package com.byoconboard.support;

import com.byoconboard.iac.PublicBaseUrl;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.ui.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

import java.util.Locale;

/**
 * E-mails the customer's organization admin (the address typed in the wizard) when their onboarding changes
 * state, with support's comment when there is one. Sent after the change committed, on a thread of its own (never
 * the support person's request), from the event publication registry: a mail server that fails leaves the
 * publication incomplete, to be sent again ({@code PublicationRetries}), and never undoes the change. Does nothing
 * while no SMTP host is configured.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final OnboardingService onboardings;
    private final Translations translations;
    private final SupportProperties properties;
    private final PublicBaseUrl publicBaseUrl;
    private final RecipientLanguage languages;

    MailNotifier(ObjectProvider<JavaMailSender> mail, OnboardingService onboardings, Translations translations,
                 SupportProperties properties, PublicBaseUrl publicBaseUrl, RecipientLanguage languages) {
        this.mail = mail;
        this.onboardings = onboardings;
        this.translations = translations;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.languages = languages;
    }

    @ApplicationModuleListener
    void onStateChanged(OnboardingEvents.StateChanged changed) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        var onboarding = SystemActor.call("notifications", () -> onboardings.getForVendor(changed.id()));
        String to = onboarding.inputs().account().adminEmail();
        if (to.isBlank()) {
            return;
        }
        Locale language = languages.of(changed.id());
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        String state = t(language, "state." + changed.to());
        message.setSubject(t(language, "support.mail.subject", onboarding.displayName(), state));
        String comment = changed.comment().isEmpty() ? "" : t(language, "support.mail.comment", changed.comment());
        message.setText(t(language, "support.mail.body", onboarding.displayName(), state, comment,
                onboardingUrl(changed.id())));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not e-mail {} about onboarding {} (sent again later): {}", to, changed.id(), e.getMessage());
            throw e;
        }
    }

    private String t(Locale language, String key, Object... args) {
        return translations.getTranslation(key, language, args);
    }

    /** The onboarding itself (the wizard opens it, and a running or finished one shows where it stands). */
    private String onboardingUrl(OnboardingId id) {
        String app = properties.appUrl().isEmpty() ? publicBaseUrl.get() + "/" : properties.appUrl();
        return (app.endsWith("/") ? app : app + "/") + "onboarding/" + id;
    }
}
