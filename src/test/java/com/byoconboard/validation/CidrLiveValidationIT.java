package com.byoconboard.validation;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The VPC CIDR is judged while the customer types: a /24 shows the "/21 or larger" message on the field and in
 * the step's summary without pressing anything, and a valid CIDR makes it vanish, in English and Japanese.
 */
class CidrLiveValidationIT extends BrowserTest {

    @Test
    void aTooSmallVpcCidrIsFlaggedWhileTypingAndClearedWhenFixed() {
        typeAndFix(newPage("en-US"), "/21 or larger");
    }

    @Test
    void theSameHappensInJapanese() {
        typeAndFix(newPage("ja-JP"), "/21 以上");
    }

    private void typeAndFix(Page page, String expected) {
        signIn(page, "alice");
        page.locator("#new-onboarding").click();
        page.waitForURL("**/onboarding/*/account");
        page.navigate(page.url().replace("/account", "/network"));
        awaitVaadin(page);

        Locator field = page.locator("vaadin-text-field[data-field='network.vpcCidr']");
        Locator error = field.locator("[slot='error-message']");
        Locator summary = page.locator(".byoc-step-summary li[data-rule='NET-002']");

        field.locator("input").fill("10.0.0.0/24");
        assertThat(error).containsText(expected);
        assertThat(error).containsText("NET-002");
        assertThat(field).hasAttribute("invalid", "");
        assertThat(summary).containsText(expected);

        field.locator("input").fill("10.0.0.0/21");
        assertThat(summary).hasCount(0);
        assertThat(field).not().hasAttribute("invalid", "");
        assertThat(error).not().containsText(expected);
    }
}
