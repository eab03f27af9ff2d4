package com.byoconboard.provisioning;

import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Support access in two browsers, support's and the customer's: support's Verify is refused and offers Request
 * access; support requests; the customer sees the notice and approves; support's Verify runs; the customer sees the
 * session and revokes; support's Verify is refused again.
 */
@MotoBacked
class SupportAccessBrowserIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;

    final com.byoconboard.aws.AwsProxy proxy = MotoFixture.fresh();

    /** The texts a language shows at each point of the walk. */
    record Texts(String locale, String needed, String requested, String approved, String clean, String revoked) {
    }

    @Test
    void supportRequestsTheCustomerApprovesThenRevokesInEnglish() {
        walk(new Texts("en-US", "approved read only access", "Requested", "Approved",
                "exactly what provisioning recorded", "Revoked"), "en");
    }

    @Test
    void supportRequestsTheCustomerApprovesThenRevokesInJapanese() {
        walk(new Texts("ja-JP", "読み取り専用のアクセスが必要です", "リクエスト中", "承認済み",
                "記録どおりです", "取り消し済み"), "ja");
    }

    private void walk(Texts texts, String shots) {
        var id = TestOnboardings.ready(onboardings, iac, provisioning).id();
        String review = "/support/onboarding/" + id;

        Page support = newPage(texts.locale());
        signIn(support, "sam");
        open(support, review);
        support.locator("#drift-verify").click();
        assertThat(support.locator("#drift-access-needed")).containsText(texts.needed());
        support.locator("#drift-request-access").click();
        support.locator("#access-reason textarea").fill("Verify after the NAT gateway alarm");
        support.locator("#access-request").click();
        assertThat(support.locator("[data-grant-state='REQUESTED']")).containsText(texts.requested());

        Page customer = newPage(texts.locale());
        signIn(customer, "alice");
        open(customer, ProvisioningView.path(id));
        assertThat(customer.locator("#access-notice")).isVisible();
        assertThat(customer.locator("[data-grant-state='REQUESTED']")).containsText("Verify after the NAT gateway alarm");
        screenshot(customer, shots + "/support-access-requested");
        customer.locator("#access-approve").click();
        assertThat(customer.locator("[data-grant-state='APPROVED']")).containsText(texts.approved());

        open(support, review);
        support.locator("#drift-verify").click();
        assertThat(support.locator("#drift-summary")).containsText(texts.clean());

        open(customer, ProvisioningView.path(id));
        assertThat(customer.locator("#access-sessions")).containsText("support-sam");
        customer.locator("#access-revoke").click();
        assertThat(customer.locator("[data-grant-state='REVOKED']")).containsText(texts.revoked());
        screenshot(customer, shots + "/support-access-revoked");

        support.locator("#drift-verify").click();
        assertThat(support.locator("#drift-access-needed")).containsText(texts.needed());
    }
}
