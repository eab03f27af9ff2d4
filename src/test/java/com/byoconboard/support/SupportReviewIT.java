package com.byoconboard.support;

import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.byoconboard.validation.ValidInputs;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The review loop in two browsers: the customer submits, support asks for changes, the customer reads the
 * comment, edits and resubmits, support approves and starts provisioning, and the audit log shows all of it.
 */
class SupportReviewIT extends BrowserTest {

    /** An account ID no other test uses, so that the queue search finds exactly this request. */
    static final String ACCOUNT = "444455556666";

    @Autowired
    OnboardingService onboardings;

    @Test
    void aRequestGoesFromSubmitThroughChangesAndApprovalToProvisioningAndEveryStepIsAudited() {
        // The draft is typed in through the service (the wizard's typing is WizardWalkIT's); the customer submits it.
        TestLogins.alice();
        var draft = onboardings.create(TestLogins.SANDBOX);
        draft = onboardings.editDraft(TestLogins.SANDBOX, draft.id(), draft.version(),
                in -> ValidInputs.newVpc().withAccount(a -> a.withAccountId(ACCOUNT).withOrganizationName("Review Loop Corp"))
                        .withBootstrapRole(r -> r.withRoleArn("arn:aws:iam::" + ACCOUNT + ":role/ClickHouseManagementRole")));
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
        support.locator("a[data-onboarding='" + id + "']").click();
        support.waitForURL("**/support/onboarding/" + id);
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Submitted");
        decide(support, "#request-changes", "Please add a maintenance note and check the account.");
        assertThat(support.locator("#detail-state")).hasText("Changes requested");

        open(customer, "/");
        assertThat(customer.locator("#customer-messages")).containsText("Please add a maintenance note");
        customer.navigate(wizard + "/account");
        awaitVaadin(customer);
        assertThat(customer.locator("#customer-messages")).containsText("Please add a maintenance note");
        fill(customer, "account.organizationName", "Review Loop Corporation");
        submit(customer, wizard);

        support.reload();
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Submitted");
        support.locator("#approve").click();
        support.waitForLoadState();
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Approved");
        support.locator("#start-provisioning").click();
        support.waitForLoadState();
        awaitVaadin(support);
        assertThat(support.locator("#detail-state")).hasText("Provisioning");
        assertThat(support.locator("#provisioning-not-connected")).isVisible();
        screenshot(support, "en/support-detail");

        support.locator("#nav-audit-log").click();
        support.waitForURL("**/support/audit");
        awaitVaadin(support);
        support.locator("#audit-text input").fill(id);
        settle(support);
        var log = support.locator("#audit-log");
        for (String expected : new String[] {"DRAFT → SUBMITTED", "SUBMITTED → CHANGES_REQUESTED",
                "Please add a maintenance note", "CHANGES_REQUESTED → SUBMITTED", "SUBMITTED → APPROVED",
                "APPROVED → PROVISIONING"}) {
            assertThat(log).containsText(expected);
        }
        assertThat(log).containsText("alice");
        assertThat(log).containsText("sam");
        screenshot(support, "en/support-audit");
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
        customer.waitForURL(u -> !u.contains("/onboarding/"));
        awaitVaadin(customer);
    }

    private static void decide(Page support, String button, String text) {
        support.locator(button).click();
        support.locator("#decision-text textarea").fill(text);
        support.locator("#decision-confirm").click();
        support.waitForLoadState();
        awaitVaadin(support);
    }
}
