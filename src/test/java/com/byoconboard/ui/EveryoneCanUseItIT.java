package com.byoconboard.ui;

import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.byoconboard.validation.ValidInputs;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen, in English and Japanese, on a phone and on a desktop: no horizontal scrolling at 390 px, a
 * translated title and {@code <html lang>}, no serious or critical axe-core violation that is not on the documented
 * list (docs/accessibility.md), times in the viewer's zone, and a field's verdict right after leaving it.
 */
class EveryoneCanUseItIT extends BrowserTest {

    private static final String[] WIZARD_STEPS =
            {"account", "region", "bootstrap-role", "network", "private-connectivity", "maintenance-window", "review"};

    @Autowired
    OnboardingService onboardings;

    private Onboarding draft;
    private Onboarding submitted;

    @BeforeEach
    void twoOnboardingsOfAlice() {
        TestLogins.alice();
        draft = onboardings.create(TestLogins.SANDBOX);
        draft = onboardings.editDraft(TestLogins.SANDBOX, draft.id(), draft.version(), in -> ValidInputs.newVpc()
                .withAccount(a -> a.withOrganizationName("An organization with a rather long name, Kabushiki Kaisha")));
        var toSubmit = onboardings.create(TestLogins.SANDBOX);
        toSubmit = onboardings.editDraft(TestLogins.SANDBOX, toSubmit.id(), toSubmit.version(), in -> ValidInputs.newVpc());
        submitted = onboardings.submit(TestLogins.SANDBOX, toSubmit.id(), toSubmit.version());
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    /** What a customer (alice) and support (sam) open, by a short name for the screenshots. */
    private List<Screen> screens() {
        var list = new ArrayList<Screen>();
        list.add(new Screen("home", "alice", "/"));
        for (int i = 0; i < WIZARD_STEPS.length; i++) {
            list.add(new Screen("wizard-" + (i + 1) + "-" + WIZARD_STEPS[i], "alice",
                    "/onboarding/" + draft.id() + "/" + WIZARD_STEPS[i]));
        }
        list.add(new Screen("run", "alice", "/onboarding/" + submitted.id() + "/provisioning"));
        list.add(new Screen("not-found", "alice", "/no-such-page"));
        list.add(new Screen("support-queue", "sam", "/support"));
        list.add(new Screen("support-review", "sam", "/support/onboarding/" + submitted.id()));
        list.add(new Screen("support-audit", "sam", "/support/audit"));
        return list;
    }

    /**
     * One pass over every screen per language and user (a sign-in and a page load each, not two): on a desktop,
     * axe-core; then the same page narrowed to a phone, its width, language and title. Every problem is collected,
     * so one run names them all.
     */
    @Test
    void onEveryScreenInEitherLanguageNoAxeViolationBeyondTheDocumentedOnesAndOnAPhoneNothingWiderThanTheScreen() {
        List<Allowed> allowed = Allowed.fromDocs();
        var violations = new ArrayList<String>();
        var tooWide = new ArrayList<String>();
        for (String locale : List.of("en-US", "ja-JP")) {
            String language = locale.substring(0, 2);
            for (String user : List.of("alice", "sam")) {
                Page page = patient(newPage(locale, 1280, 720, "UTC"));
                signIn(page, user);
                for (Screen screen : screens().stream().filter(s -> s.user().equals(user)).toList()) {
                    page.setViewportSize(1280, 720);
                    open(page, screen.path());
                    screenshot(page, "desktop/" + language + "/" + screen.name());
                    for (String violation : axe(page)) {
                        if (allowed.stream().noneMatch(a -> a.covers(violation))) {
                            violations.add(language + " " + screen.name() + ": " + violation);
                        }
                    }

                    page.setViewportSize(390, 844);
                    page.waitForTimeout(200);
                    awaitVaadin(page);
                    int scrollWidth = ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
                    int innerWidth = ((Number) page.evaluate("() => window.innerWidth")).intValue();
                    screenshot(page, "phone/" + language + "/" + screen.name());
                    if (scrollWidth > innerWidth) {
                        tooWide.add("%s (%s) is %d px wide on a %d px screen".formatted(screen.name(), language,
                                scrollWidth, innerWidth));
                    }
                    assertThat(page.locator("html")).hasAttribute("lang", language);
                    assertThat(page.title()).as("title of %s (%s)", screen.name(), language).isNotBlank()
                            .doesNotContain("!");
                }
            }
        }
        assertThat(violations).as("serious or critical axe-core violations not listed in docs/accessibility.md")
                .isEmpty();
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
    }

    @Test
    void aViewerInTokyoSeesTokyoTimesWithTheZoneNamed() {
        Page page = patient(newPage("en-US", 1280, 720, "Asia/Tokyo"));
        signIn(page, "alice");
        screenshot(page, "desktop/en/home-tokyo");
        var tokyo = DateTimeFormatter.ofPattern("h:mm").withZone(ZoneId.of("Asia/Tokyo"));
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => c.textContent.includes('JST'))");
        @SuppressWarnings("unchecked")
        var cells = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent)");
        String lastChange = tokyo.format(draft.updatedAt());
        assertThat(cells).as("the draft's last change at %s in Tokyo", lastChange)
                .anyMatch(text -> text.contains("JST") && text.contains(" " + lastChange + ":"));
    }

    @Test
    void aMistypedAddressWhileSignedInIsOurNotFoundPageWithATitle() {
        Page page = patient(newPage("ja-JP"));
        signIn(page, "alice");
        open(page, "/no-such-page");
        assertThat(page.locator("h1")).hasText("ページが見つかりません");
        assertThat(page).hasTitle(Pattern.compile("ページが見つかりません"));
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
    }

    @Test
    void aSystemSetToDarkGetsTheDarkTheme() {
        Page page = patient(newPage("en-US"));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        signIn(page, "alice");
        open(page, "/onboarding/" + draft.id() + "/network");
        screenshot(page, "desktop/en/dark-network");
        double background = luminance(page, "() => getComputedStyle(document.documentElement).backgroundColor");
        double text = luminance(page, "() => getComputedStyle(document.querySelector('h1')).color");
        assertThat(background).as("page background").isLessThan(0.2);
        assertThat(text).as("heading text").isGreaterThan(0.6);
    }

    /** Relative brightness 0..1 of the CSS colour that {@code script} returns (rgb or rgba). */
    private static double luminance(Page page, String script) {
        String color = (String) page.evaluate(script);
        var channels = Pattern.compile("[\\d.]+").matcher(color).results().limit(3)
                .mapToDouble(m -> Double.parseDouble(m.group()) / 255).toArray();
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    @Test
    void aFieldShowsItsVerdictWithin100MillisecondsOfLosingFocus() {
        Page page = patient(newPage("en-US"));
        signIn(page, "alice");
        open(page, "/onboarding/" + draft.id() + "/account");
        var field = page.locator("[data-field='account.accountId']");
        assertThat(field).not().hasAttribute("invalid", "");

        // Best of three: wrong, right again, wrong; each field left at once after typing.
        var timings = new ArrayList<Verdict>();
        for (String value : List.of("12345", "123456789012", "1234")) {
            timings.add(verdictAfterLeaving(page, value, value.length() != 12));
            awaitVaadin(page);
        }
        System.out.println("From leaving the account ID field: " + timings);
        assertThat(timings).as("the value is sent the moment the field is left, not after the 300 ms debounce")
                .allMatch(t -> t.sent() >= 0 && t.sent() < 100);
        var best = timings.stream().min(Comparator.comparingDouble(Verdict::total)).orElseThrow();
        // A machine busy with other builds slows the server and the browser alike: the 100 ms are asserted when
        // nothing else competes for the processor (a developer's machine, CI), the prompt sending always.
        if (machineIsIdle()) {
            assertThat(best.total()).as("milliseconds from leaving the field to its verdict, %s", timings).isLessThan(100);
        }
    }

    /** Milliseconds after leaving a field: until the request with its value left, the server's answer, the verdict. */
    private record Verdict(double sent, double server, double total) {
    }

    /** Types {@code value}, leaves the field well inside the 300 ms typing debounce, and times the server's verdict. */
    @SuppressWarnings("unchecked")
    private static Verdict verdictAfterLeaving(Page page, String value, boolean invalid) {
        page.locator("[data-field='account.accountId'] input").fill(value);
        var measured = (Map<String, Number>) page.evaluate("""
                invalid => new Promise(resolve => {
                  const field = document.querySelector("[data-field='account.accountId']");
                  if (field.hasAttribute('invalid') === invalid) { resolve({sent: -1, server: 0, total: -1}); return; }
                  const start = performance.now();
                  new MutationObserver((_, observer) => {
                    if (field.hasAttribute('invalid') === invalid) {
                      observer.disconnect();
                      const total = performance.now() - start;
                      const request = performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('uidl') && e.startTime >= start)[0];
                      resolve({sent: request ? request.startTime - start : -1,
                               server: request ? request.responseStart - request.requestStart : 0, total});
                    }
                  }).observe(field, {attributes: true});
                  document.activeElement.blur();
                })""", invalid);
        return new Verdict(measured.get("sent").doubleValue(), measured.get("server").doubleValue(),
                measured.get("total").doubleValue());
    }

    /** A load average below the number of cores: nothing else competes with the server for the processor. */
    private static boolean machineIsIdle() {
        try {
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            return load < Runtime.getRuntime().availableProcessors();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Waits longer than the default: the machine these run on may be shared with other builds. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(60_000);
        return page;
    }

    /** The serious and critical violations axe-core finds, one line each: rule, impact, element. */
    @SuppressWarnings("unchecked")
    private static List<String> axe(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
            page.evaluate(AXE);
        }
        return (List<String>) page.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .flatMap(v => v.nodes.map(n => v.id + ' ' + v.impact + ' ' + JSON.stringify(n.target)
                    + ' ' + n.html.substring(0, 120)))""");
    }

    private static final String AXE = readAxe();

    private static String readAxe() {
        try (InputStream in = Objects.requireNonNull(EveryoneCanUseItIT.class.getResourceAsStream("/axe.min.js"),
                "axe.min.js (com.deque.html.axe-core:playwright) is not on the test class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Screen(String name, String user, String path) {
    }

    /** A row of the allow-list table in docs/accessibility.md: the rule, the element it concerns, and why. */
    private record Allowed(String rule, String element) {

        boolean covers(String violation) {
            return violation.startsWith(rule + " ") && violation.contains(element);
        }

        static List<Allowed> fromDocs() {
            try {
                return Files.readAllLines(Path.of("docs", "accessibility.md")).stream()
                        .filter(l -> l.startsWith("| `"))
                        .map(l -> l.split("\\|"))
                        .map(cells -> new Allowed(cells[1].strip().replace("`", ""), cells[2].strip().replace("`", "")))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
