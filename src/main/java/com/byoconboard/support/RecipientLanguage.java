package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.Translations;
import com.vaadin.flow.component.UI;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The language of the customer who submitted an onboarding (the wizard's, or the API call's Accept-Language), kept
 * so that e-mails about it are written in that language rather than in English.
 */
@Component
class RecipientLanguage {

    private final JdbcClient jdbc;

    RecipientLanguage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the submitting customer's own request, the only moment their language is known. */
    @EventListener
    void onStateChanged(OnboardingEvents.StateChanged changed) {
        if (changed.to() == OnboardingState.SUBMITTED) {
            remember(changed.id(), current());
        }
    }

    void remember(OnboardingId id, Locale language) {
        jdbc.sql("delete from recipient_language where onboarding_id = :id").param("id", id.value()).update();
        jdbc.sql("insert into recipient_language (onboarding_id, language) values (:id, :language)")
                .param("id", id.value()).param("language", supported(language).getLanguage()).update();
    }

    /** The language to write to the customer about {@code id} in; English until they submitted it. */
    Locale of(OnboardingId id) {
        return jdbc.sql("select language from recipient_language where onboarding_id = :id").param("id", id.value())
                .query(String.class).optional().map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    private static Locale current() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : LocaleContextHolder.getLocale();
    }

    private static Locale supported(Locale locale) {
        return Translations.LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
