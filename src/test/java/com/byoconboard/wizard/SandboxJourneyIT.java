package com.byoconboard.wizard;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import static com.byoconboard.wizard.WizardWalkIT.awaitSaved;
import static com.byoconboard.wizard.WizardWalkIT.chooseRegion;
import static com.byoconboard.wizard.WizardWalkIT.field;
import static com.byoconboard.wizard.WizardWalkIT.next;
import static com.byoconboard.wizard.WizardWalkIT.startNewOnboarding;
import static com.byoconboard.wizard.WizardWalkIT.type;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A newcomer's whole journey in the sandbox profile (the app runs moto itself): the wizard, the bootstrap
 * role created from our own CloudFormation template in the emulated account, submit, and provisioning to READY.
 */
@ActiveProfiles("sandbox")
class SandboxJourneyIT extends BrowserTest {

    @Test
    void aNewcomerCompletesTheWizardAndWatchesProvisioningReachReady() {
        Page page = newPage("en-US");
        signIn(page, "alice");
        startNewOnboarding(page);

        type(page, "account.accountId", "210987654321");
        type(page, "account.adminEmail", "platform@example.com");
        type(page, "account.organizationName", "Example Corp");

        next(page, "region");
        chooseRegion(page, "us-east-1");

        next(page, "bootstrap-role");
        page.locator("#sandbox-create-role").click();
        // The emulated CloudFormation stack is created while the button waits: slow on a loaded machine.
        assertThat(field(page, "bootstrapRole.roleArn"))
                .hasValue(java.util.regex.Pattern.compile("arn:aws:iam::210987654321:role/.+"),
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(60_000));
        awaitSaved(page);
        screenshot(page, "en/journey-03-bootstrap-role");
        page.locator("vaadin-notification-card").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

        next(page, "network");
        Locator azIds = page.locator("#az-ids");
        for (String az : new String[] {"use1-az1", "use1-az2", "use1-az4"}) {
            azIds.locator("input").fill(az);
            page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(az)).first().click();
            awaitSaved(page);
        }
        page.keyboard().press("Escape");
        screenshot(page, "en/journey-04-network");

        next(page, "private-connectivity");
        page.locator("#allow-list textarea").fill("203.0.113.0/24");
        awaitSaved(page);
        next(page, "maintenance-window");
        next(page, "review");
        assertThat(page.locator("#review-problems .byoc-review-problems")).hasCount(0);
        screenshot(page, "en/journey-07-review");

        page.locator("#submit").click();
        page.waitForURL("**/provisioning");
        page.locator("#run-state[data-state='SUCCEEDED']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(120_000));
        assertThat(page.locator("#endpoints")).containsText("-private.");
        screenshot(page, "en/journey-08-provisioning-ready");
    }
}
