package com.byoconboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The chosen language: the browser's by default, a cookie once the customer picks one in the header, so
 * that the choice survives sign-in, restarts and new tabs.
 */
@Component
class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "byoc-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            fromCookie().ifPresent(ui::setLocale);
            // Screen readers and the browser's hyphenation and fonts follow <html lang>, not the text.
            ui.getPage().executeJs("document.documentElement.lang = $0", language(ui.getLocale()));
        });
    }

    static void apply(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        // Set from the page: a UI request may travel over the push channel, which has no HTTP response.
        UI.getCurrent().getPage().executeJs("document.cookie = $0; location.reload();",
                COOKIE + "=" + locale.getLanguage() + "; path=/; max-age=31536000; samesite=lax");
    }

    private static String language(Locale locale) {
        return Translations.LOCALES.stream().map(Locale::getLanguage)
                .filter(l -> l.equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH.getLanguage());
    }

    private static Optional<Locale> fromCookie() {
        if (!(VaadinService.getCurrentRequest() instanceof VaadinServletRequest request)
                || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Locale.forLanguageTag(c.getValue()))
                .filter(l -> Translations.LOCALES.stream().anyMatch(p -> p.getLanguage().equals(l.getLanguage())))
                .findFirst();
    }
}
