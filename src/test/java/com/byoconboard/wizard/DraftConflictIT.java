package com.byoconboard.wizard;

import com.byoconboard.identity.CurrentOrganization;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.byoconboard.wizard.WizardWalkIT.awaitSaved;
import static com.byoconboard.wizard.WizardWalkIT.field;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Two tabs on one draft: the later writer is told, sees the newer value, and can apply their own again. */
class DraftConflictIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;

    @Autowired
    CurrentOrganization organization;

    @Test
    void theSecondTabIsToldAboutTheConflictAndKeepsWhatItTyped() {
        TestLogins.alice();
        var draft = onboardings.create(organization.id());
        TestLogins.signOut();
        String accountStep = WizardView.path(draft.id(), WizardStep.ACCOUNT);
        Page tabA = newPage("en-US");
        Page tabB = newPage("en-US");
        signIn(tabA, "alice");
        signIn(tabB, "alice");
        open(tabA, accountStep);
        open(tabB, accountStep);

        field(tabA, "account.organizationName").fill("Written in tab A");
        awaitSaved(tabA);
        field(tabB, "account.organizationName").fill("Written in tab B");
        awaitSaved(tabB);

        assertThat(tabB.locator("#conflict-notice")).isVisible();
        assertThat(tabB.locator("#conflict-notice")).containsText("Written in tab B");
        assertThat(field(tabB, "account.organizationName")).hasValue("Written in tab A");
        screenshot(tabB, "en/conflict");

        tabB.locator("#conflict-apply").click();
        awaitSaved(tabB);
        assertThat(field(tabB, "account.organizationName")).hasValue("Written in tab B");

        tabA.reload();
        awaitSaved(tabA);
        assertThat(field(tabA, "account.organizationName")).hasValue("Written in tab B");
    }
}
