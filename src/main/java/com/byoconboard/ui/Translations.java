package com.byoconboard.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * All user-visible text. Each module keeps its own bundle at {@code i18n/<module>/messages[_ja].properties}
 * (UTF-8); they are found on the classpath at start, so a new module only adds its files.
 */
@Component
public class Translations implements I18NProvider {

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.JAPANESE);
    private static final String PATTERN = "classpath*:i18n/*/messages.properties";

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    private final List<String> basenames;

    public Translations() {
        this.basenames = discoverBasenames();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
        // Every message goes through MessageFormat, so an apostrophe is always written twice ('').
        messages.setAlwaysUseMessageFormat(true);
    }

    /** Basenames of every module bundle, e.g. {@code classpath:i18n/wizard/messages}. */
    public static List<String> discoverBasenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return Arrays.stream(found)
                    .map(r -> {
                        try {
                            String url = r.getURL().toString();
                            String tail = url.substring(url.lastIndexOf("i18n/"));
                            return "classpath:" + tail.substring(0, tail.length() - ".properties".length());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && locale.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        // A missing key shows up marked instead of failing the page; a test keeps the bundles complete.
        return messages.getMessage(key, params, "!" + key + "!", effective);
    }
}
