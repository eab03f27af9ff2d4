package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProxy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A browser watches a run against moto reach "ready", the page changing by server push alone. */
@MotoBacked
class ProvisioningProgressIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void theProgressViewShowsStepsChangeToReadyWithoutReloadingAndASecondBrowserSeesTheSame() {
        var onboarding = TestOnboardings.approved(onboardings, iac, TestOnboardings::newVpc);
        // Slow AWS down a little, so that the page has states in between to show.
        proxy.delayEveryCall(60);
        Page page = newPage("en-US");
        signIn(page, "alice");
        open(page, ProvisioningView.path(onboarding.id()));
        assertThat(page.locator("[data-step='vpc']")).hasAttribute("data-state", "waiting");
        page.evaluate("() => window.__sameDocument = true");

        page.locator("#run-start").click();

        page.locator("[data-step='preflight'][data-state='done']").waitFor();
        page.locator("[data-step='vpc'][data-state='running'], [data-step='vpc'][data-state='done']").first().waitFor();
        page.locator("#run-state[data-state='SUCCEEDED']").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(90_000));
        assertThat(page.locator("[data-step='node-group']")).hasAttribute("data-state", "done");
        assertThat(page.locator("[data-step='verify-network']")).hasAttribute("data-state", "skipped");
        assertThat(page.locator("#endpoints")).containsText("-private.");
        assertThat(page.locator("#progress-bar")).isVisible();
        assertThat(page.locator("[data-step='vpc'] a")).hasAttribute("href",
                java.util.regex.Pattern.compile("console\\.aws\\.amazon\\.com.*vpc-"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__sameDocument === true"))
                .as("the page was never reloaded").isEqualTo(true);
        screenshot(page, "en/07-provisioning");

        Page second = newPage("ja-JP");
        signIn(second, "alice");
        open(second, ProvisioningView.path(onboarding.id()));
        assertThat(second.locator("#run-state")).hasAttribute("data-state", "SUCCEEDED");
        assertThat(second.locator("[data-step='eks-cluster']")).hasAttribute("data-state", "done");
        screenshot(second, "ja/07-provisioning");
    }
}
