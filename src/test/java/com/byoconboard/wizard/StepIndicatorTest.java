package com.byoconboard.wizard;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.ValidationReport;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StepIndicatorTest {

    private final UI ui = new UI();
    private final StepIndicator indicator = new StepIndicator(OnboardingId.random(), WizardStep.NETWORK);

    @AfterEach
    void forgetUi() {
        UI.setCurrent(null);
    }

    @Test
    void anAutosaveThatChangesNoStepsStatusSendsNothingForTheStepList() {
        UI.setCurrent(ui);
        ui.add(indicator);
        indicator.update(new ValidationReport(List.of()));
        changesSent();

        indicator.update(new ValidationReport(List.of()));

        assertThat(changesSent()).isZero();
    }

    @Test
    void anErrorOnAPassedStepChangesOnlyThatStepsEntry() {
        UI.setCurrent(ui);
        ui.add(indicator);
        indicator.update(new ValidationReport(List.of()));
        var account = indicator.getChildren().findFirst().orElseThrow();
        changesSent();

        indicator.update(new ValidationReport(List.of(Finding.error("ACC-001", "account.accountId", "rule.ACC-001.format"))));

        assertThat(changesSent()).as("one entry's class, status and state text (a redraw of the list sends over 100)")
                .isLessThanOrEqualTo(8);
        assertThat(indicator.getChildren().findFirst().orElseThrow()).isSameAs(account);
        assertThat(account.getElement().getAttribute("data-status")).isEqualTo("HAS_ERRORS");
        assertThat(account.getElement().getClassList()).contains("byoc-step-has-errors").doesNotContain("byoc-step-done");
        assertThat(indicator.getChildren().map(c -> c.getElement().getAttribute("data-status")))
                .containsExactly("HAS_ERRORS", "DONE", "DONE", "CURRENT", "TODO", "TODO", "TODO");
    }

    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }
}
