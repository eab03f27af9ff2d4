package com.byoconboard.validation;

import com.byoconboard.ui.Translations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every message exists in English and Japanese, and every one is a MessageFormat pattern that says what it means. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(rule\\.[A-Z]+-\\d{3}\\.[A-Za-z]+)\"");
    /** A quoted stretch after doubled apostrophes are removed; it must quote a brace, or it swallowed text. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Test
    void everyModuleBundleHasTheSameKeysInEnglishAndJapanese() {
        for (String basename : Translations.discoverBasenames()) {
            Set<String> english = load(basename, "").stringPropertyNames();
            Set<String> japanese = load(basename, "_ja").stringPropertyNames();
            assertThat(difference(english, japanese)).as("in %s but not its _ja bundle", basename).isEmpty();
            assertThat(difference(japanese, english)).as("in %s_ja but not the English bundle", basename).isEmpty();
        }
    }

    @Test
    void everyKeyARuleCanReportIsInBothValidationBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/com/byoconboard/validation"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                KEY_IN_SOURCE.matcher(Files.readString(source)).results().map(m -> m.group(1)).forEach(used::add);
            }
        }
        // Keys shared helpers build from the rule ID are reached through the table of bad inputs.
        BadInputsTest.cases().forEach(c -> used.add(c.messageKey()));
        ValidInputs.validator().rules().forEach(r -> used.add(r.descriptionKey()));
        for (String suffix : new String[] {"", "_ja"}) {
            Set<String> bundle = load("classpath:i18n/validation/messages", suffix).stringPropertyNames();
            assertThat(difference(used, bundle)).as("keys missing in messages%s.properties", suffix).isEmpty();
        }
    }

    @Test
    void everyMessageIsAValidMessageFormatPatternWithDoubledApostrophes() {
        for (String basename : Translations.discoverBasenames()) {
            for (String suffix : new String[] {"", "_ja"}) {
                var bundle = load(basename, suffix);
                for (String key : bundle.stringPropertyNames()) {
                    String pattern = bundle.getProperty(key);
                    assertThatCode(() -> new MessageFormat(pattern)).as("%s%s: %s", basename, suffix, key)
                            .doesNotThrowAnyException();
                    QUOTED.matcher(pattern.replace("''", "")).results().map(m -> m.group(1)).forEach(quoted ->
                            assertThat(quoted).as("%s%s: %s quotes text; write an apostrophe as ''", basename, suffix, key)
                                    .containsAnyOf("{", "}"));
                    assertThat(pattern.replace("''", "").replaceAll("'[^']*'", ""))
                            .as("%s%s: %s has an unpaired apostrophe; write it as ''", basename, suffix, key)
                            .doesNotContain("'");
                }
            }
        }
    }

    static Properties load(String basename, String suffix) {
        String resource = basename.substring("classpath:".length()) + suffix + ".properties";
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toCollection(TreeSet::new));
    }
}
