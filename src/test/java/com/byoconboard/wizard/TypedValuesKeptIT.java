package com.byoconboard.wizard;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.byoconboard.wizard.WizardWalkIT.awaitSaved;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Bad input typed into the real wizard is answered, and nothing typed is lost: an impossible start time and an
 * unknown region are kept as typed (also after a reload) with a message saying why; a value beyond a limit is not
 * saved but stays in its field with the limit; a 1000-line allow-list shows a short summary.
 */
class TypedValuesKeptIT extends BrowserTest {

    @Test
    void anImpossibleStartTimeIsRefusedWithItsReasonAndIsStillThereAfterAReload() {
        Page page = draftAt("maintenance-window");
        Locator start = page.locator("vaadin-combo-box[data-field='maintenance.startTime']");
        String[][] typedAndAnswer = {{"25:00", "hours run from 00 to 23"}, {"1:60", "minutes run from 00 to 59"},
                {"1:00 PM PDT", "24-hour clock, 13:00"}, {"noon", "noon is not a time"}};
        for (String[] row : typedAndAnswer) {
            commit(page, start, row[0]);
            assertAnswered(start, row[0], "[MW-002]", row[1]);
            if (row[0].equals("25:00")) {
                screenshot(page, "en/bad-start-time");
            }

            page.reload();
            awaitVaadin(page);
            assertAnswered(start, row[0], "[MW-002]", row[1]);
        }
    }

    @Test
    void aRegionTypedButNotListedIsAnsweredNotDroppedOnBlur() {
        Page page = draftAt("region");
        Locator region = page.locator("vaadin-combo-box[data-field='region']");

        commit(page, region, "mars-1");
        assertAnswered(region, "mars-1", "[REG-001]", "Region mars-1 is not supported");

        page.reload();
        awaitVaadin(page);
        assertAnswered(region, "mars-1", "[REG-001]", "Region mars-1 is not supported");
    }

    @Test
    void anOverLongOrganizationNameIsNotSavedButStaysInItsFieldWithTheLimit() {
        Page page = draftAt("account");
        Locator name = page.locator("vaadin-text-field[data-field='account.organizationName']");
        name.locator("input").fill("Acme");
        awaitSaved(page);

        String tooLong = "Acme ".repeat(30);
        name.locator("input").fill(tooLong);
        awaitSaved(page);

        assertAnswered(name, tooLong, "[LIM-002]", "has 150 characters; at most 100");
        assertThat(page.locator("#save-state")).containsText("Not saved");
        page.reload();
        awaitVaadin(page);
        assertThat(name.locator("input")).hasValue("Acme");
    }

    @Test
    void aThousandLineAllowListIsSummarisedInAFewLines() {
        Page page = draftAt("private-connectivity");
        Locator allowList = page.locator("vaadin-text-area[data-field='connectivity.allowList'] textarea");
        long ten = autosave(page, allowList, 10);
        long thousand = autosave(page, allowList, 1000);

        assertThat(page.locator(".byoc-step-summary li[data-rule='ALLOW-004']")).hasCount(4);
        assertThat(page.locator(".byoc-step-summary")).containsText("997 more like this");
        System.out.printf("Autosave in the browser, allow-list of private addresses: 10 lines %d ms, 1000 lines %d ms%n",
                ten, thousand);
    }

    /**
     * Fills the allow-list with {@code lines} private addresses, then types one more line three times: the fastest
     * of those autosaves in milliseconds, from the request (after the debounce) to the page updated.
     */
    private static long autosave(Page page, Locator allowList, int lines) {
        String text = IntStream.range(0, lines).mapToObj(i -> "10." + i / 256 + "." + i % 256 + ".7")
                .collect(Collectors.joining("\n"));
        allowList.fill(text);
        awaitSaved(page);
        long best = Long.MAX_VALUE;
        for (int keystroke = 0; keystroke < 3; keystroke++) {
            allowList.fill(text + "\n10.255.0." + keystroke);
            page.waitForTimeout(DraftBinder.DEBOUNCE_MILLIS + 20);
            long start = System.nanoTime();
            awaitVaadin(page);
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => done()))");
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        allowList.fill(text);
        awaitSaved(page);
        return best;
    }

    private Page draftAt(String step) {
        Page page = newPage("en-US");
        signIn(page, "alice");
        page.locator("#new-onboarding").click();
        page.waitForURL("**/onboarding/*/account");
        if (!step.equals("account")) {
            page.navigate(page.url().replace("/account", "/" + step));
            awaitVaadin(page);
        }
        return page;
    }

    /** Types into a combo box and leaves it, as a customer does: what is not in its list is a custom value. */
    private static void commit(Page page, Locator comboBox, String typed) {
        comboBox.locator("input").fill(typed);
        comboBox.locator("input").press("Tab");
        awaitSaved(page);
    }

    private static void assertAnswered(Locator field, String typed, String ruleId, String answer) {
        assertThat(field.locator("input")).hasValue(typed);
        assertThat(field).hasAttribute("invalid", "");
        assertThat(field.locator("[slot='error-message']")).containsText(ruleId);
        assertThat(field.locator("[slot='error-message']")).containsText(answer);
    }
}
