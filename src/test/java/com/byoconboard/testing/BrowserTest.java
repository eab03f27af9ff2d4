package com.byoconboard.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of browser tests: the whole app on a random port, driven by Debian's Chromium through Playwright
 * (Playwright cannot download its own browser here). Each test gets fresh browser contexts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag(BrowserTest.TAG)
public abstract class BrowserTest {

    /** JUnit tag of every browser test (select them with -Dgroups=browser). */
    public static final String TAG = "browser";

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    /** On a failure, what every open window showed (screenshot and HTML) in target/screenshots/failures/. */
    @RegisterExtension
    final AfterTestExecutionCallback captureOnFailure = test -> {
        if (test.getExecutionException().isEmpty()) {
            return;
        }
        Path dir = SCREENSHOTS.resolve("failures");
        int window = 0;
        for (var context : contexts) {
            for (var page : context.pages()) {
                String name = test.getRequiredTestClass().getSimpleName() + "-" + ++window;
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
                    Files.writeString(dir.resolve(name + ".html"), page.content());
                } catch (RuntimeException | java.io.IOException e) {
                    // The failure itself is what the report must show; a window that cannot be captured is skipped.
                }
            }
        }
    };

    /**
     * One Chromium for all browser test classes of this JVM, launched by the first (a launch costs seconds of the two
     * cores) and closed when the JVM exits; each test still gets contexts of its own. A browser that went away is
     * launched again.
     */
    @BeforeAll
    static synchronized void launchBrowser() {
        // A CI machine has two cores for the app, the emulator and Chromium: what is shown may take seconds to come.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        if (browser != null && browser.isConnected()) {
            return;
        }
        closeBrowser();
        String chromium = RequiredTool.require(System.getProperty("byoc.chromium", "/usr/bin/chromium"),
                "Install it with: apt-get install -y chromium fonts-noto-cjk");
        if (playwright == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser));
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    private static synchronized void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A new browser window (own cookies, own session) whose preferred language is {@code locale}. */
    protected Page newPage(String locale) {
        return newPage(locale, 1360, 900, "UTC");
    }

    /** The same, {@code width}×{@code height} pixels large, in the time zone {@code timeZoneId} (e.g. Asia/Tokyo). */
    protected Page newPage(String locale, int width, int height, String timeZoneId) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setTimezoneId(timeZoneId)
                .setViewportSize(width, height)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale)));
        contexts.add(context);
        var page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens {@code path} and waits until Vaadin has rendered and finished talking to the server. */
    protected void open(Page page, String path) {
        page.navigate(url(path));
        awaitVaadin(page);
    }

    /** Waits until no Vaadin request is in flight, so that what the page shows is the server's latest answer. */
    protected static void awaitVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /**
     * Clicks {@code target}, whose action reloads the page (the support review page does after each action), and
     * waits for the new document to finish rendering: on a busy machine the reload can take longer than an assertion
     * waits.
     */
    protected static void clickAndAwaitReload(Page page, Locator target) {
        page.evaluate("() => window.__beforeReload = true");
        target.click();
        page.waitForFunction("() => window.__beforeReload === undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        awaitVaadin(page);
    }

    /** Password of each demo user of the local issuer (application.yaml), for {@link #signIn}. */
    private static final Map<String, String> DEMO_PASSWORDS =
            Map.of("alice", "alice-demo", "bob", "bob-demo", "sam", "sam-demo", "ada", "ada-demo");

    /**
     * Signs {@code user} in through the real OIDC flow of the local issuer (app → issuer's password form →
     * authorization code → app) and waits on the landing page.
     */
    protected void signIn(Page page, String user) {
        page.navigate(url("/"));
        page.waitForURL("**/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(DEMO_PASSWORDS.get(user));
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login") && !u.contains("/oauth2/"));
        awaitVaadin(page);
    }

    protected static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        // From the top: a full-page shot of a scrolled page draws the sticky header half-way down.
        page.evaluate("() => window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
