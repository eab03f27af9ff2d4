package com.byoconboard.provisioning;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The "Check my account now" panel as the wizard refreshes it after every saved change. */
class AccountCheckPanelTest {

    private final UI ui = new UI();
    private final AccountCheck service = mock(AccountCheck.class);
    private final Onboarding draft = new Onboarding(OnboardingId.random(), new OrganizationId("acme"),
            OnboardingState.DRAFT, OnboardingInputs.initial().withBootstrapRole(r -> r.withRoleArn(
                    "arn:aws:iam::123456789012:role/ClickHouseManagementRole")),
            "external-id", 1, 1, Instant.EPOCH, Instant.EPOCH);

    @AfterEach
    void forgetUi() {
        UI.setCurrent(null);
    }

    @Test
    void anAutosaveWithoutANewCheckSendsNothingForThePanelAndReadsNoOnboarding() {
        UI.setCurrent(ui);
        when(service.last(any(Onboarding.class))).thenReturn(Optional.empty());
        var panel = new AccountCheckPanel(service, () -> draft, checked -> { });
        ui.add(panel);
        changesSent();

        panel.refresh();
        panel.refresh();

        assertThat(changesSent()).isZero();
        verify(service, never()).last(any(OrganizationId.class), any(OnboardingId.class));
    }

    @Test
    void aCheckShownPassedIsMarkedOutOfDateOnceTheInputsChange() {
        UI.setCurrent(ui);
        var checked = new AccountCheck.Checked(new PreflightReport(List.of(), Map.of(), Optional.empty()),
                draft.inputs(), Instant.EPOCH);
        when(service.last(any(Onboarding.class))).thenReturn(Optional.of(checked));
        var current = new AtomicReference<>(draft);
        var panel = new AccountCheckPanel(service, current::get, c -> { });
        ui.add(panel);
        assertThat(outcome(panel)).isEqualTo("passed");
        changesSent();
        panel.refresh();
        assertThat(changesSent()).as("the same check, still passed").isZero();

        current.set(new Onboarding(draft.id(), draft.organizationId(), draft.state(),
                draft.inputs().withRegion("eu-west-1"), draft.externalId(), draft.revision(), draft.version() + 1,
                draft.createdAt(), draft.updatedAt()));
        panel.refresh();

        assertThat(outcome(panel)).isEqualTo("stale");
    }

    private static String outcome(AccountCheckPanel panel) {
        return panel.getElement().getChildren().filter(e -> "account-check-status".equals(e.getAttribute("id")))
                .findFirst().orElseThrow().getAttribute("data-outcome");
    }

    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }
}
