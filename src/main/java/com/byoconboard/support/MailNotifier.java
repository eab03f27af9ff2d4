package com.byoconboard.support;

import com.byoconboard.iac.PublicBaseUrl;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Locale;

/**
 * E-mails the customer's organization admin (the address typed in the wizard) when their onboarding changes
 * state, with support's comment when there is one. Sent after the change committed; does nothing while no SMTP
 * host is configured, and a failing mail server never undoes the change.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final OnboardingService onboardings;
    private final AuditRepository audit;
    private final Translations translations;
    private final SupportProperties properties;
    private final PublicBaseUrl publicBaseUrl;
    private final RecipientLanguage languages;

    MailNotifier(ObjectProvider<JavaMailSender> mail, OnboardingService onboardings, AuditRepository audit,
                 Translations translations, SupportProperties properties, PublicBaseUrl publicBaseUrl,
                 RecipientLanguage languages) {
        this.mail = mail;
        this.onboardings = onboardings;
        this.audit = audit;
        this.translations = translations;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.languages = languages;
    }

    @TransactionalEventListener(fallbackExecution = true)
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
        message.setText(t(language, "support.mail.body", onboarding.displayName(), state, comment(changed, language),
                onboardingUrl(changed.id())));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not e-mail {} about onboarding {}: {}", to, changed.id(), e.getMessage());
        }
    }

    /** Support's comment or reason that came with this change, else nothing. */
    private String comment(OnboardingEvents.StateChanged changed, Locale language) {
        if (changed.to() != OnboardingState.CHANGES_REQUESTED && changed.to() != OnboardingState.REJECTED) {
            return "";
        }
        return audit.ofOnboarding(changed.id()).stream()
                .filter(e -> e.action() == AuditAction.CHANGES_REQUESTED || e.action() == AuditAction.REJECTED)
                .findFirst().map(e -> t(language, "support.mail.comment", e.detail())).orElse("");
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
