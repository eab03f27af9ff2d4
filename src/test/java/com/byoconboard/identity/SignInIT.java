package com.byoconboard.identity;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signs in through the local OIDC issuer in a real browser, as a customer and as support, and signs out. */
class SignInIT extends BrowserTest {

    @Test
    void theIssuersSignInPageSpeaksTheBrowsersLanguageAndSaysWhatWentWrong() {
        Page page = newPage("ja-JP");
        page.navigate(url("/"));
        page.waitForURL("**/login");
        assertThat(page.locator("h1")).hasText("サインイン");
        assertThat(page.locator(".byoc-signin-demo")).containsText("alice");
        screenshot(page, "ja/00-sign-in");

        page.locator("#username").fill("alice");
        page.locator("#password").fill("wrong");
        page.locator("button[type=submit]").click();
        page.waitForURL("**/login?error");
        assertThat(page.locator(".byoc-signin-error")).containsText("パスワードが正しくありません");

        Page english = newPage("en-US");
        english.navigate(url("/"));
        english.waitForURL("**/login");
        assertThat(english.locator("h1")).hasText("Sign in");
        screenshot(english, "en/00-sign-in");
    }

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
    void aCustomerWhoTypesTheAddressOfASupportPageIsRefused() {
        Page page = newPage("en-US");
        signIn(page, "alice");
        for (String path : new String[] {"/support", "/support/audit", "/admin",
                "/support/onboarding/00000000-0000-0000-0000-000000000001"}) {
            open(page, path);
            assertThat(page.locator("h1")).hasText("Page not found");
        }
    }

    @Test
    void supportWhoTypesTheAdminOrWizardAddressIsRefused() {
        Page page = newPage("en-US");
        signIn(page, "sam");
        for (String path : new String[] {"/admin", "/onboarding/00000000-0000-0000-0000-000000000001/account"}) {
            open(page, path);
            assertThat(page.locator("h1")).hasText("Page not found");
        }
    }

    @Test
    void aCustomerWhoOpensTheLinkOfAnotherOrganizationsOnboardingFindsNothing() {
        Page alice = newPage("en-US");
        signIn(alice, "alice");
        alice.locator("#new-onboarding").click();
        alice.waitForURL("**/onboarding/*/account");
        String link = alice.url().substring(url("/").length() - 1);

        Page bob = newPage("en-US");
        signIn(bob, "bob");
        open(bob, link);
        assertThat(bob.locator("h1")).hasText("Page not found");
        assertThat(bob.locator("#current-organization")).hasText("Globex Corporation");
    }

    @Test
    void anAdministratorSeesTheConfiguration() {
        Page page = newPage("en-US");
        signIn(page, "ada");
        page.locator("#nav-admin").click();
        page.waitForURL("**/admin");
        assertThat(page.locator("#admin-settings")).containsText("us-east-1");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Page page = newPage("en-US");
        page.navigate(url("/support"));
        page.waitForURL("**/login");
        assertThat(page.locator("#username")).isVisible();
    }
}
