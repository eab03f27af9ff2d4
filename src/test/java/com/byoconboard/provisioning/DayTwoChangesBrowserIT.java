package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProxy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A customer's browser after READY changes the IP allow-list and watches the change reach Applied, in English and
 * in Japanese; a typo is refused by the wizard's rule first, and support sees the request on its review page.
 */
@MotoBacked
class DayTwoChangesBrowserIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void theCustomerChangesTheAllowListAndSeesItAppliedAndSupportSeesTheRequest() {
        var id = TestOnboardings.ready(onboardings, iac, provisioning).id();
        Page page = newPage("en-US");
        signIn(page, "alice");
        open(page, ProvisioningView.path(id));
        assertThat(page.locator("#change-fixed")).containsText("Fixed for good: the region us-east-1 and the VPC CIDR 10.0.0.0/16");

        page.locator("#change-allow-list textarea").fill("198.51.100.300");
        page.locator("#change-allow-list-propose").click();
        assertThat(page.locator("#change-findings")).containsText("198.51.100.300");
        assertThat(page.locator("#change-allow-list textarea")).hasValue("198.51.100.300");

        page.locator("#change-allow-list textarea").fill("198.51.100.7");
        page.locator("#change-allow-list-propose").click();
        var change = page.locator("#change-requests [data-kind='ALLOW_LIST']");
        assertThat(change).hasAttribute("data-state", "APPLIED");
        assertThat(change).containsText("IP allow-list: 203.0.113.0/24 → 198.51.100.7");
        assertThat(change).containsText("Applied");
        assertThat(page.locator("#change-current-allow-list")).containsText("198.51.100.7");
        screenshot(page, "en/10-change-settings");

        Page support = newPage("en-US");
        signIn(support, "sam");
        open(support, "/support/onboarding/" + id);
        assertThat(support.locator("#change-requests [data-kind='ALLOW_LIST'][data-state='APPLIED']"))
                .containsText("Proposed by");
    }

    @Test
    void inJapaneseTheSameChangeReadsInJapanese() {
        var id = TestOnboardings.ready(onboardings, iac, provisioning).id();
        Page page = newPage("ja-JP");
        signIn(page, "alice");
        open(page, ProvisioningView.path(id));
        assertThat(page.locator("#change-fixed")).containsText("変更できないもの: リージョン us-east-1 と VPC CIDR 10.0.0.0/16");

        page.locator("#change-allow-list textarea").fill("198.51.100.7");
        page.locator("#change-allow-list-propose").click();
        var change = page.locator("#change-requests [data-kind='ALLOW_LIST']");
        assertThat(change).hasAttribute("data-state", "APPLIED");
        assertThat(change).containsText("適用済み");
        assertThat(change).containsText("IP 許可リスト: 203.0.113.0/24 → 198.51.100.7");
        screenshot(page, "ja/10-change-settings");

        Page support = newPage("ja-JP");
        signIn(support, "sam");
        open(support, "/support/onboarding/" + id);
        assertThat(support.locator("#change-requests [data-kind='ALLOW_LIST']")).containsText("適用済み");
    }
}
