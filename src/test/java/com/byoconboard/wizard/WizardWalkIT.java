package com.byoconboard.wizard;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Walks every wizard step in a real browser, reloads half-way, and switches language. */
class WizardWalkIT extends BrowserTest {

    @Test
    void aCustomerWalksEveryStepAndFindsTypedValuesAfterAReload() {
        Page page = newPage("en-US");
        signIn(page, "alice");
        startNewOnboarding(page);

        type(page, "account.accountId", "123456789012");
        type(page, "account.adminEmail", "platform@example.com");
        type(page, "account.organizationName", "Example Corp");
        screenshot(page, "en/01-account");

        next(page, "region");
        chooseRegion(page, "us-east-1");
        screenshot(page, "en/02-region");

        next(page, "bootstrap-role");
        screenshot(page, "en/03-bootstrap-role");

        next(page, "network");
        type(page, "network.vpcCidr", "10.20.0.0/16");
        page.reload();
        awaitVaadin(page);
        assertThat(field(page, "network.vpcCidr")).hasValue("10.20.0.0/16");
        screenshot(page, "en/04-network");

        back(page, "bootstrap-role");
        back(page, "region");
        back(page, "account");
        assertThat(field(page, "account.accountId")).hasValue("123456789012");
        assertThat(field(page, "account.organizationName")).hasValue("Example Corp");

        page.goForward();
        page.waitForURL("**/region");
        awaitVaadin(page);

        next(page, "bootstrap-role");
        next(page, "network");
        next(page, "private-connectivity");
        screenshot(page, "en/05-private-connectivity");
        next(page, "maintenance-window");
        screenshot(page, "en/06-maintenance-window");
        next(page, "review");
        screenshot(page, "en/07-review");
        assertThat(page.locator("#submit")).isVisible();
        page.locator("#network-boundaries").click();
        assertThat(page.locator("#network-boundaries")).containsText("S3 gateway endpoint");

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("日本語")).click();
        page.waitForLoadState();
        awaitVaadin(page);
        assertThat(page.locator("h1")).hasText("確認とプロビジョニング");
        assertThat(page.locator("#wizard-back")).hasText("戻る");
        screenshot(page, "ja/07-review");

        String[] steps = {"account", "region", "bootstrap-role", "network", "private-connectivity", "maintenance-window"};
        String base = page.url().replaceAll("/review$", "/");
        for (int i = 0; i < steps.length; i++) {
            page.navigate(base + steps[i]);
            awaitVaadin(page);
            assertThat(page.locator("#wizard-next")).hasText("次へ");
            screenshot(page, "ja/0" + (i + 1) + "-" + steps[i]);
        }
    }

    /** From the landing page: "New onboarding", then wait for its first step. */
    static void startNewOnboarding(Page page) {
        page.locator("#new-onboarding").click();
        page.waitForURL("**/onboarding/*/account");
        awaitVaadin(page);
    }

    /** Picks {@code region} in the region step's combo box and waits until it is saved. */
    static void chooseRegion(Page page, String region) {
        page.locator("vaadin-combo-box[data-field='region'] input").fill(region);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(region)).first().click();
        awaitSaved(page);
    }

    static Locator field(Page page, String path) {
        return page.locator("[data-field='" + path + "'] input");
    }

    static void type(Page page, String path, String value) {
        field(page, path).fill(value);
        awaitSaved(page);
    }

    /** Waits until the autosave reported the newest value as stored. */
    static void awaitSaved(Page page) {
        page.waitForTimeout(DraftBinder.DEBOUNCE_MILLIS + 150);
        awaitVaadin(page);
    }

    static void next(Page page, String expectedStep) {
        page.locator("#wizard-next").click();
        page.waitForURL("**/" + expectedStep);
        awaitVaadin(page);
    }

    static void back(Page page, String expectedStep) {
        page.goBack();
        page.waitForURL("**/" + expectedStep);
        awaitVaadin(page);
    }
}
