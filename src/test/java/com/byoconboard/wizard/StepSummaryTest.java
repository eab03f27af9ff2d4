package com.byoconboard.wizard;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.ValidInputs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class StepSummaryTest {

    private static final Finding TOO_SMALL = Finding.error("NET-002", "network.vpcCidr", "rule.NET-002.tooSmall", "/24")
            .withFix(Fix.correctedValue("10.0.0.0/16"));
    private static final Finding PERMANENT = Finding.info("REG-002", "network.vpcCidr", "rule.REG-002.permanent");
    private static final Finding THREE_AZS = Finding.error("NET-005", "network.azIds", "rule.NET-005.count", 2);

    private final UI ui = new UI();
    private StepSummary summary;

    @BeforeEach
    void drawSummary() {
        UI.setCurrent(ui);
        var draft = new Onboarding(OnboardingId.random(), new OrganizationId("acme"), OnboardingState.DRAFT,
                ValidInputs.newVpc(), "external-id", 1, 1, Instant.EPOCH, Instant.EPOCH);
        summary = new StepSummary(new DraftBinder(mock(OnboardingService.class), ValidInputs.validator(), draft));
        ui.add(summary);
    }

    @AfterEach
    void forgetUi() {
        UI.setCurrent(null);
    }

    @Test
    void anAutosaveThatChangesNoFindingSendsNothingForTheSummary() {
        summary.show(List.of(TOO_SMALL, PERMANENT));
        changesSent();

        summary.show(List.of(copy(TOO_SMALL), copy(PERMANENT)));

        assertThat(changesSent()).isZero();
    }

    @Test
    void aNewFindingAddsOneLineAndKeepsTheOthers() {
        summary.show(List.of(TOO_SMALL, PERMANENT));
        var before = lines();
        changesSent();

        summary.show(List.of(TOO_SMALL, PERMANENT, THREE_AZS));

        var after = lines();
        assertThat(after.subList(0, 2)).as("the lines already shown are the same elements").containsExactlyElementsOf(before);
        assertThat(rules()).containsExactly("NET-002", "REG-002", "NET-005");
        int added = changesSent();
        summary.show(List.of(TOO_SMALL, PERMANENT));
        assertThat(changesSent()).as("removing it again (the line's nodes leave the page)").isLessThanOrEqualTo(added);
        assertThat(rules()).containsExactly("NET-002", "REG-002");
        var redraw = new StepSummary(new DraftBinder(mock(OnboardingService.class), ValidInputs.validator(),
                new Onboarding(OnboardingId.random(), new OrganizationId("acme"), OnboardingState.DRAFT,
                        ValidInputs.newVpc(), "external-id", 1, 1, Instant.EPOCH, Instant.EPOCH)));
        ui.add(redraw);
        changesSent();
        redraw.show(List.of(TOO_SMALL, PERMANENT, THREE_AZS));
        int allThree = changesSent();
        assertThat(added).as("changes for one new line against a drawing of all three (%d)", allThree)
                .isLessThan(allThree / 2);
    }

    @Test
    void linesFollowTheOrderOfTheFindingsAndGoneOnesAreRemoved() {
        summary.show(List.of(TOO_SMALL, PERMANENT, THREE_AZS));
        var tooSmall = lines().getFirst();

        summary.show(List.of(THREE_AZS, TOO_SMALL));

        assertThat(rules()).containsExactly("NET-005", "NET-002");
        assertThat(lines().get(1)).isSameAs(tooSmall);
        assertThat(summary.isVisible()).isTrue();

        summary.show(List.of());

        assertThat(lines()).isEmpty();
        assertThat(summary.isVisible()).isFalse();
    }

    private List<Component> lines() {
        return summary.getChildren().filter(UnorderedList.class::isInstance).findFirst().orElseThrow()
                .getChildren().toList();
    }

    private List<String> rules() {
        return lines().stream().map(c -> c.getElement().getAttribute("data-rule")).toList();
    }

    private static Finding copy(Finding f) {
        return new Finding(f.ruleId(), f.field(), f.severity(), f.messageKey(), List.copyOf(f.args()), f.fix());
    }

    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }
}
