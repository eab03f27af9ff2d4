package com.byoconboard.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's texts from its bundle ({@code i18n/cli/messages}, English and Japanese), as MessageFormat patterns. */
final class Texts {

    static final String BUNDLE = "i18n.cli.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English asked for is English even on a Japanese machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
