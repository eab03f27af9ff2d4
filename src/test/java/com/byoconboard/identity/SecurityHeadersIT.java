package com.byoconboard.identity;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers and cookie attributes every response carries, and proof that the Content-Security-Policy lets
 * Vaadin work: a real browser signs in and walks into the wizard, and reports no blocked script, style or push.
 */
class SecurityHeadersIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theIssuersPageAndTheAppsPagesCarryTheContentSecurityPolicyAndReferrerPolicy() throws Exception {
        for (String path : List.of("/login", "/")) {
            var response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        var cookie = get("/").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void anonymousCallersOfActuatorInfoGetNameAndVersionButNotTheJvm() throws Exception {
        var info = get("/actuator/info", "application/json");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("BYOC Onboard").doesNotContain("\"java\"").doesNotContain("jvm");
    }

    @Test
    void vaadinPagesWorkUnderThePolicyWithNothingBlocked() {
        Page page = newPage("en-US");
        List<String> blocked = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation',"
                + " e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        var landing = page.navigate(url("/login"));
        assertThat(landing.headers()).containsKey("content-security-policy");
        signIn(page, "alice");
        page.locator("#new-onboarding").click();
        page.waitForURL("**/onboarding/*/account");
        awaitVaadin(page);
        // A keystroke round trip: the autosave and the live rule check come back through the page's script.
        var accountId = page.locator("vaadin-text-field[data-field='account.accountId']");
        accountId.locator("input").fill("21098765432x");
        awaitVaadin(page);
        assertThat(accountId).hasAttribute("invalid", "");

        org.assertj.core.api.Assertions.assertThat(blocked).as("CSP violations in the browser").isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
