package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A customer's browser after READY: Verify finds a subnet deleted behind our back; then offboarding, step by step. */
@MotoBacked
class AfterReadyIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void verifyListsWhatIsMissingAndOffboardingEndsWithADownloadableReportInEnglishAndJapanese() throws Exception {
        MotoFixture.refuseAssumingMissingRoles();
        var onboarding = TestOnboardings.ready(onboardings, iac, provisioning);
        var id = onboarding.id();
        String path = ProvisioningView.path(id);

        Page page = newPage("en-US");
        signIn(page, "alice");
        open(page, path);
        page.locator("#drift-verify").click();
        assertThat(page.locator("#drift-summary")).containsText("exactly what provisioning recorded");
        assertThat(page.locator("#drift-repair")).isHidden();

        var subnet = provisioning.progress(id).resources().stream()
                .filter(r -> r.type() == ResourceType.SUBNET && r.logicalName().startsWith("subnet-private"))
                .findFirst().orElseThrow();
        try (var admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            admin.ec2().deleteSubnet(r -> r.subnetId(subnet.resourceId()));
        }
        page.locator("#drift-verify").click();
        assertThat(page.locator("[data-finding='missing'][data-resource='" + subnet.resourceId() + "']"))
                .containsText("Repair makes it again");
        assertThat(page.locator("#drift-repair")).isVisible();
        screenshot(page, "en/08-drift");

        Page ja = newPage("ja-JP");
        signIn(ja, "alice");
        open(ja, path);
        ja.locator("#drift-verify").click();
        assertThat(ja.locator("#drift-summary")).containsText("相違が");
        screenshot(ja, "ja/08-drift");

        // Support sees the same check on the review page, and runs it only under the customer's grant (SupportAccessIT).
        Page support = newPage("en-US");
        signIn(support, "sam");
        open(support, "/support/onboarding/" + id);
        support.locator("#drift-verify").click();
        assertThat(support.locator("#drift-access-needed")).containsText("approved read only access");

        page.locator("#offboarding-start").click();
        assertThat(page.locator("#offboarding-to-delete")).containsText(subnet.resourceId());
        clickAndAwaitReload(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Delete everything and offboard")));
        TestOnboardings.awaitState(onboardings, provisioning, id, OnboardingState.TORN_DOWN);
        open(page, path);
        assertThat(page.locator("#offboarding")).containsText("delete-stack --region us-east-1 --stack-name"
                + " ClickHouseBootstrapRole");
        clickAndAwaitReload(page, page.locator("#offboarding-verify"));
        assertThat(page.locator("[data-problem='provisioning.offboarding.problem.role']")).isVisible();
        screenshot(page, "en/09-offboarding");

        MotoFixture.deleteRoleStack(onboarding);
        clickAndAwaitReload(page, page.locator("#offboarding-verify"));
        assertThat(page.locator("#offboarding-done")).containsText("Offboarded");
        var download = page.waitForDownload(() -> page.locator("#offboarding-report").click());
        String report = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(report).startsWith("# Offboarding report")
                .contains("`" + subnet.resourceId() + "`", "alice");

        open(ja, path);
        assertThat(ja.locator("#offboarding-done")).containsText("オフボーディング完了");
        screenshot(ja, "ja/09-offboarding");
    }
}
