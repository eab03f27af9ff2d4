package com.byoconboard.support;

import com.byoconboard.identity.TestLogins;
import com.byoconboard.iac.SandboxBootstrapRole;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.byoconboard.validation.ValidInputs;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The review loop in two browsers: the customer submits, support asks for changes, the customer reads the
 * comment, edits and resubmits, support approves and starts provisioning, and the audit log shows all of it.
 */
@ActiveProfiles("sandbox")
// Support decides here: the sandbox's approve-on-submit shortcut is off.
@TestPropertySource(properties = "byoc.provisioning.auto-start-on-submit=false")
class SupportReviewIT extends BrowserTest {

    /** An account ID no other test uses, so that the queue search finds exactly this request. */
    static final String ACCOUNT = "444455556666";

    @Autowired
    OnboardingService onboardings;
    @Autowired
    SandboxBootstrapRole sandboxRole;

    @Test
    void aRequestGoesFromSubmitThroughChangesAndApprovalToProvisioningAndEveryStepIsAudited() {
        // The draft is typed in through the service (the wizard's typing is WizardWalkIT's); the customer submits it.
        TestLogins.alice();
        var draft = onboardings.create(TestLogins.SANDBOX);
        draft = onboardings.editDraft(TestLogins.SANDBOX, draft.id(), draft.version(),
                in -> ValidInputs.newVpc().withAccount(a -> a.withAccountId(ACCOUNT).withOrganizationName("Review Loop Corp")));
        // The customer creates the role from our template in the emulated account, as "Create the role for me" does.
        String roleArn = sandboxRole.create(draft);
        draft = onboardings.editDraft(TestLogins.SANDBOX, draft.id(), draft.version(),
                in -> in.withBootstrapRole(r -> r.withRoleArn(roleArn)));
        TestLogins.signOut();
        String id = draft.id().toString();
        String wizard = url("/onboarding/" + id);

        Page customer = newPage("en-US");
        signIn(customer, "alice");
        submit(customer, wizard);

        Page support = newPage("en-US");
        signIn(support, "sam");
        support.locator("#queue-search").locator("input").fill(ACCOUNT);
        settle(support);
        screenshot(support, "en/support-queue");
        support.locator("a[data-onboarding='" + id + "']").click();
        support.waitForURL("**/support/onboarding/" + id);
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Submitted");
        assertThat(support.locator("#iac-bootstrap-role")).containsText("sts:ExternalId");
        decide(support, "#request-changes", "Please add a maintenance note and check the account.");
        assertThat(support.locator("#detail-state")).hasText("Changes requested", AFTER_RELOAD);

        open(customer, "/");
        assertThat(customer.locator("#customer-messages")).containsText("Please add a maintenance note");
        screenshot(customer, "en/customer-news");
        customer.navigate(wizard + "/account");
        awaitVaadin(customer);
        assertThat(customer.locator("#customer-messages")).containsText("Please add a maintenance note");
        fill(customer, "account.organizationName", "Review Loop Corporation");
        submit(customer, wizard);

        support.reload();
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Submitted");
        clickAndAwaitReload(support, support.locator("#approve"));
        assertThat(support.locator("#detail-state")).hasText("Approved", AFTER_RELOAD);
        // The run's actions are the provisioning panel's, as the provisioning service allows them to support.
        support.locator("#run-start").click();
        support.locator("#run-state[data-state='SUCCEEDED']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(120_000));
        support.reload();
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Ready", AFTER_RELOAD);
        screenshot(support, "en/support-detail");

        support.locator("#nav-audit-log").click();
        support.waitForURL("**/support/audit");
        awaitVaadin(support);
        support.locator("#audit-text input").fill(id);
        settle(support);
        var log = support.locator("#audit-log");
        for (String expected : new String[] {"DRAFT → SUBMITTED", "SUBMITTED → CHANGES_REQUESTED",
                "Please add a maintenance note", "CHANGES_REQUESTED → SUBMITTED", "SUBMITTED → APPROVED",
                "APPROVED → PROVISIONING", "PROVISIONING → READY"}) {
            assertThat(log).containsText(expected);
        }
        assertThat(log).containsText("alice");
        assertThat(log).containsText("sam");
        screenshot(support, "en/support-audit");

        // The same console in Japanese, for the docs.
        Page japanese = newPage("ja-JP");
        signIn(japanese, "sam");
        assertThat(japanese.locator("h1")).hasText("サポートキュー");
        screenshot(japanese, "ja/support-queue");
        open(japanese, "/support/onboarding/" + id);
        assertThat(japanese.locator("#detail-state")).hasText("利用可能");
        screenshot(japanese, "ja/support-detail");
        open(japanese, "/support/audit");
        screenshot(japanese, "ja/support-audit");
    }

    @Test
    void supportCopiesTheExistingVpcHandoverDownloadsItAsJsonAndTicksOffTheGuidesTasks() throws Exception {
        var o = onboardings.create(TestLogins.customerOfOwnOrganization("handover-org"));
        var inputs = ValidInputs.existingVpc().withConnectivity(c -> ValidInputs.peered().connectivity());
        o = onboardings.editDraft(o.organizationId(), o.id(), o.version(), in -> inputs);
        o = onboardings.submit(o.organizationId(), o.id(), o.version());
        TestLogins.signOut();

        Page support = newPage("en-US");
        signIn(support, "sam");
        open(support, "/support/onboarding/" + o.id());
        assertThat(support.locator("#handover-text")).containsText("VPC ID: vpc-0a1b2c3d4e5f67890");
        assertThat(support.locator("#handover-text")).containsText("subnet-0123456789abcdef1 in use1-az2");
        var download = support.waitForDownload(() -> support.locator("#handover-json").click());
        String json = Files.readString(download.path()).replaceAll("\\s", "");
        Assertions.assertThat(json).contains("\"vpcId\":\"vpc-0a1b2c3d4e5f67890\"")
                .contains("\"availabilityZones\":[\"use1-az1\",\"use1-az2\",\"use1-az4\"]")
                .contains("\"subnetId\":\"subnet-0123456789abcdef2\",\"azId\":\"use1-az4\"");

        var privateLoadBalancer = support.locator("li[data-task='ENABLE_PRIVATE_LOAD_BALANCER']");
        // The peer CIDRs' security-group rule is the app's own provisioning step, not a support task.
        assertThat(support.locator("li[data-task]")).hasCount(2);
        clickAndAwaitReload(support, privateLoadBalancer.locator("vaadin-button[data-move='DONE']"));
        assertThat(support.locator("li[data-task='ENABLE_PRIVATE_LOAD_BALANCER']")).containsText("Done",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(support.locator("li[data-task='ENABLE_PRIVATE_LOAD_BALANCER']")).containsText("by sam");
        assertThat(support.locator("#detail-history")).containsText("ENABLE_PRIVATE_LOAD_BALANCER");
        screenshot(support, "en/support-handover");
    }

    private static void fill(Page page, String field, String value) {
        page.locator("[data-field='" + field + "'] input").fill(value);
        settle(page);
    }

    /** Lets the wizard's autosave (debounced) or a lazy filter reach the server. */
    private static void settle(Page page) {
        page.waitForTimeout(900);
        awaitVaadin(page);
    }

    private static void submit(Page customer, String wizard) {
        customer.navigate(wizard + "/review");
        awaitVaadin(customer);
        customer.locator("#submit").click();
        customer.waitForURL("**/provisioning");
        awaitVaadin(customer);
    }

    /** A support action reloads the page; on a busy two-core machine that can take longer than Playwright's 5 s. */
    private static final LocatorAssertions.HasTextOptions AFTER_RELOAD = new LocatorAssertions.HasTextOptions()
            .setTimeout(30_000);

    private static void decide(Page support, String button, String text) {
        support.locator(button).click();
        support.locator("#decision-text textarea").fill(text);
        clickAndAwaitReload(support, support.locator("#decision-confirm"));
    }
}
