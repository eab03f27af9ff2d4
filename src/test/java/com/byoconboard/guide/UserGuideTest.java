package com.byoconboard.guide;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide (docs/guide) and its screenshots (docs/screenshots, written by {@link UserGuideScreenshots}) fit
 * together: every image a page shows exists, every screenshot is shown by some page, every page exists in English
 * and Japanese, both show the same screens, and every rule ID a page links to has its entry in docs/rules.md.
 */
class UserGuideTest {

    static final Path GUIDE = Paths.get("docs", "guide");
    static final Path SCREENSHOTS = Paths.get("docs", "screenshots");
    static final List<String> LANGUAGES = List.of("en", "ja");

    /** A Markdown image or link target: ![alt](target) or [text](target). */
    private static final Pattern TARGET = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    void everyImageAGuidePageShowsExists() {
        var missing = new ArrayList<String>();
        pages().forEach(page -> images(page).stream().filter(image -> !Files.isRegularFile(image))
                .forEach(image -> missing.add(page + " → " + image)));
        assertThat(missing).as("images that guide pages show but that do not exist (run ./byoc screenshots?)").isEmpty();
    }

    @Test
    void everyScreenshotIsShownBySomePage() {
        var shown = pages().stream().flatMap(page -> images(page).stream()).map(UserGuideTest::normal)
                .collect(Collectors.toSet());
        assertThat(screenshots().stream().map(UserGuideTest::normal).filter(png -> !shown.contains(png)).toList())
                .as("screenshots in docs/screenshots that no guide page or the README shows").isEmpty();
    }

    @Test
    void everyPageExistsInEnglishAndJapanese() {
        assertThat(names("ja")).as("the Japanese pages are the English ones").isEqualTo(names("en"));
        assertThat(names("en")).as("guide pages").isNotEmpty();
    }

    @Test
    void anEnglishPageAndItsJapaneseCounterpartShowTheSameScreensEachInItsLanguage() {
        var inBoth = new TreeSet<>(names("en"));
        inBoth.retainAll(names("ja"));
        for (String name : inBoth) {
            var screens = new TreeMap<String, Set<String>>();
            for (String language : LANGUAGES) {
                var page = GUIDE.resolve(language).resolve(name);
                var shown = images(page).stream().filter(i -> normal(i).startsWith(normal(SCREENSHOTS))).toList();
                assertThat(shown).as(page + " shows screenshots of its own language only")
                        .allSatisfy(i -> assertThat(normal(i)).startsWith(normal(SCREENSHOTS.resolve(language))));
                screens.put(language, shown.stream().map(i -> i.getFileName().toString())
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
            assertThat(screens.get("ja")).as(name + ": the Japanese page shows the English page's screens")
                    .isEqualTo(screens.get("en"));
        }
    }

    @Test
    void everyScreenshotExistsInBothLanguages() {
        Map<String, Set<String>> byLanguage = new TreeMap<>();
        for (String language : LANGUAGES) {
            byLanguage.put(language, list(SCREENSHOTS.resolve(language)).stream()
                    .map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(byLanguage.get("ja")).isEqualTo(byLanguage.get("en"));
    }

    @Test
    void everyRuleLinkOfTheGuideHasItsEntryInTheCatalogue() throws IOException {
        var catalogue = Paths.get("docs", "rules.md");
        var anchors = Files.readAllLines(catalogue).stream().filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3).strip().toLowerCase()).collect(Collectors.toSet());
        var broken = new ArrayList<String>();
        for (Path page : pages()) {
            for (String target : targets(page)) {
                int hash = target.indexOf('#');
                if (hash > 0 && target.substring(0, hash).endsWith("rules.md")) {
                    var file = page.getParent().resolve(target.substring(0, hash)).normalize();
                    if (!file.equals(catalogue.normalize()) || !anchors.contains(target.substring(hash + 1))) {
                        broken.add(page + " → " + target);
                    }
                }
            }
        }
        assertThat(broken).as("rule links without their entry in docs/rules.md").isEmpty();
    }

    /** The guide's pages in both languages, its index, and the README (which shows a screenshot per language). */
    static List<Path> pages() {
        var pages = new ArrayList<Path>();
        pages.add(Paths.get("README.md"));
        pages.add(GUIDE.resolve("README.md"));
        LANGUAGES.forEach(language -> pages.addAll(list(GUIDE.resolve(language))));
        return pages;
    }

    private static Set<String> names(String language) {
        return list(GUIDE.resolve(language)).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> screenshots() {
        return LANGUAGES.stream().flatMap(language -> list(SCREENSHOTS.resolve(language)).stream()).toList();
    }

    /** The images {@code page} shows, as paths from the repository's root. */
    static List<Path> images(Path page) {
        return targets(page).stream().filter(t -> t.endsWith(".png"))
                .map(t -> page.getParent() == null ? Paths.get(t) : page.getParent().resolve(t))
                .map(Path::normalize).toList();
    }

    private static List<String> targets(Path page) {
        try {
            var matcher = TARGET.matcher(Files.readString(page));
            var targets = new ArrayList<String>();
            while (matcher.find()) {
                if (!matcher.group(1).startsWith("http")) {
                    targets.add(matcher.group(1));
                }
            }
            return targets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normal(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }
}
