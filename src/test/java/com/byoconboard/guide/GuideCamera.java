package com.byoconboard.guide;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Takes the user guide's pictures the same way every run: each window still (no animation, transition, caret,
 * toast, pointer or focus ring, reduced motion), random IDs written as x's, masks painted over what cannot be fixed,
 * and the PNG re-encoded with a stable palette ({@link IndexedPng}). Writes {@code out/<language>/<name>.png}.
 */
final class GuideCamera {

    /** Shown nowhere useful, different every run: transitions, carets and toasts (their text is in the page too). */
    private static final String STILL = """
            *, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }
            vaadin-notification-container, vaadin-notification-card { display: none !important; }
            """;

    private final Path out;
    private final Map<Page, String> languages = new IdentityHashMap<>();
    /**
     * IDs the same in every run, so shown: the examples of the wizard's help texts, and what the test created in the
     * emulated accounts after seeding moto.
     */
    private final List<String> seeded = new ArrayList<>(List.of("vpc-0a1b2c3d4e5f67890", "vpc-0fedcba9876543210",
            "subnet-0123456789abcdef0"));

    GuideCamera(Path out) {
        this.out = out;
    }

    /** Makes {@code page} still from its next document on; its pictures go to {@code out/<language>}. */
    Page still(Page page, String language) {
        page.context().addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const s = document.createElement('style'); s.textContent = " + jsString(STILL)
                + "; document.head.appendChild(s); });");
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        languages.put(page, language);
        return page;
    }

    /** {@code id} is the same in every run: shown as it is. */
    void keep(String id) {
        seeded.add(id);
    }

    void shot(Page page, String name) throws IOException {
        shot(page, name, p -> List.of());
    }

    /** The whole page, from the top, with {@code masks} painted over. */
    void shot(Page page, String name, Function<Page, List<Locator>> masks) throws IOException {
        prepare(page);
        page.evaluate("() => window.scrollTo(0, 0)");
        Path file = file(page, name);
        page.screenshot(options(file, page, masks).setFullPage(true));
        IndexedPng.rewrite(file);
    }

    /** What the window shows, no more: a dialog (its shade covers only the window), a page too long for one picture. */
    void viewport(Page page, String name) throws IOException {
        prepare(page);
        Path file = file(page, name);
        page.screenshot(options(file, page, p -> List.of()));
        IndexedPng.rewrite(file);
    }

    void element(Page page, Locator element, String name, Function<Page, List<Locator>> masks) throws IOException {
        prepare(page);
        Path file = file(page, name);
        element.screenshot(new Locator.ScreenshotOptions().setPath(file)
                .setAnimations(ScreenshotAnimations.DISABLED).setCaret(ScreenshotCaret.HIDE)
                .setMask(masks.apply(page)).setMaskColor(MASK));
        IndexedPng.rewrite(file);
    }

    private static Page.ScreenshotOptions options(Path file, Page page, Function<Page, List<Locator>> masks) {
        return new Page.ScreenshotOptions().setPath(file)
                .setAnimations(ScreenshotAnimations.DISABLED).setCaret(ScreenshotCaret.HIDE)
                .setMask(masks.apply(page)).setMaskColor(MASK);
    }

    private void prepare(Page page) {
        settle(page);
        markRandomIds(page);
    }

    private static final String MASK = "#9aa1ad";

    private Path file(Page page, String name) throws IOException {
        Path dir = out.resolve(languages.get(page));
        Files.createDirectories(dir);
        return dir.resolve(name + ".png");
    }

    /** No pointer over anything, no focus ring, nothing in flight. */
    private static void settle(Page page) {
        awaitQuiet(page);
        page.mouse().move(0, 0);
        page.evaluate("() => document.activeElement && document.activeElement.blur && document.activeElement.blur()");
        page.waitForTimeout(300);
        awaitQuiet(page);
    }

    /** {@code BrowserTest.awaitVaadin}, also on the sign-in form, which is no Vaadin page. */
    private static void awaitQuiet(Page page) {
        page.waitForFunction("() => !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /**
     * Writes every random ID in the page's text as x's (vpc-xxxxxxxxxxxxxxxxx), in the page and in the network
     * picture: onboarding IDs (UUIDs, and the first ten hex digits the resource names carry), ExternalIds, and AWS
     * resource IDs that provisioning created (moto's IDs of calls made side by side differ from run to run; Route 53's
     * are upper case). IDs in {@link #seeded} stay. Done in the text itself, not by a mask drawn over it, so that the
     * picture stays readable.
     */
    private void markRandomIds(Page page) {
        page.evaluate("""
                keep => {
                  const pattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,}(?![0-9A-Za-z])|(?<![0-9A-Za-z])(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*[0-9])[0-9A-Z]{12,}(?![0-9A-Za-z])/g;
                  const blank = text => text.replace(pattern, m => keep.some(k => k.includes(m)) ? m : m.replace(/[0-9a-fA-Z]/g, 'x'));
                  const visit = root => {
                    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                      if (n.parentElement && n.parentElement.closest('style, script')) continue;
                      const text = blank(n.data);
                      if (text !== n.data) n.data = text;
                    }
                    root.querySelectorAll('input, textarea').forEach(i => { const v = blank(i.value); if (v !== i.value) i.value = v; });
                    root.querySelectorAll('*').forEach(e => e.shadowRoot && visit(e.shadowRoot));
                  };
                  visit(document.body);
                }
                """, seeded);
    }

    /** Empties {@code out} before a run: no picture of an earlier run stays among the new ones. */
    void clear() throws IOException {
        if (Files.isDirectory(out)) {
            try (var files = Files.walk(out)) {
                var all = new ArrayList<>(files.toList());
                java.util.Collections.reverse(all);
                for (Path p : all) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ") + "'";
    }
}
