package com.byoconboard.identity;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signs in through the local OIDC issuer in a real browser, as a customer and as support, and signs out. */
class SignInIT extends BrowserTest {

    @Test
    void aCustomerSignsInThroughTheLocalIssuerAndSeesTheirOrganization() {
        Page page = newPage("en-US");
        signIn(page, "alice");
        assertThat(page.locator("#current-organization")).hasText("Sandbox Organization");
        assertThat(page.locator("#user-menu")).containsText("Alice Anders");
        assertThat(page.locator("#new-onboarding")).isVisible();
    }

    @Test
    void supportSignsInAndLandsOnTheSupportConsole() {
        Page page = newPage("en-US");
        signIn(page, "sam");
        page.waitForURL("**/support");
        assertThat(page.locator("#user-menu")).containsText("Sam Support");
        assertThat(page.locator("#support-queue")).isVisible();
    }

    @Test
    void signingOutEndsTheSessionAndTheNextVisitAsksForTheIssuersPasswordAgain() {
        Page page = newPage("en-US");
        signIn(page, "bob");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#sign-out").click();
        page.waitForURL("**/login");
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void aCustomerWhoTypesTheSupportConsoleAddressIsRefused() {
        Page page = newPage("en-US");
        signIn(page, "alice");
        open(page, "/support");
        assertThat(page.locator("#support-queue")).hasCount(0);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Page page = newPage("en-US");
        page.navigate(url("/support"));
        page.waitForURL("**/login");
        assertThat(page.locator("#username")).isVisible();
    }
}
