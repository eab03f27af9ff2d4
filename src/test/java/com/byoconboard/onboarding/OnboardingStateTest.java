package com.byoconboard.onboarding;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.byoconboard.onboarding.OnboardingState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The life cycle as a table: every pair of states is either listed here as legal, or refused. */
class OnboardingStateTest {

    /** The life cycle of issues 7 and 16, written out independently of {@link OnboardingState#next()}. */
    static final Map<OnboardingState, Set<OnboardingState>> LEGAL = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED),
            APPROVED, EnumSet.of(PROVISIONING),
            PROVISIONING, EnumSet.of(READY, FAILED),
            READY, EnumSet.of(TORN_DOWN, FAILED),
            FAILED, EnumSet.of(PROVISIONING, TORN_DOWN),
            REJECTED, EnumSet.noneOf(OnboardingState.class),
            TORN_DOWN, EnumSet.of(OFFBOARDED),
            OFFBOARDED, EnumSet.noneOf(OnboardingState.class));

    @Test
    void everyPairOfStatesIsLegalExactlyWhenTheLifeCycleListsIt() {
        int checked = 0;
        for (var from : OnboardingState.values()) {
            for (var to : OnboardingState.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(OnboardingState.values().length * OnboardingState.values().length);
    }

    @Test
    void noStateMovesToItself() {
        for (var state : OnboardingState.values()) {
            assertThat(state.canMoveTo(state)).as(state.name()).isFalse();
        }
    }

    @Test
    void onlyDraftsAndRequestsSentBackForChangesAreEditable() {
        for (var state : OnboardingState.values()) {
            assertThat(state.editable()).as(state.name()).isEqualTo(state == DRAFT || state == CHANGES_REQUESTED);
        }
    }

    @Test
    void onceInfrastructureMayExistTheInputsAndSoRegionAndCidrAreFrozen() {
        for (var state : OnboardingState.values()) {
            if (state.infrastructureMayExist()) {
                assertThat(state.editable()).as(state.name()).isFalse();
            }
        }
        assertThat(EnumSet.allOf(OnboardingState.class).stream().filter(OnboardingState::infrastructureMayExist))
                .containsExactlyInAnyOrder(PROVISIONING, READY, FAILED);
    }

    @Test
    void aRefusedTransitionSaysWhereTheOnboardingIsAndWhereItMayGo() {
        var refused = new IllegalTransitionException(SUBMITTED, READY);
        assertThat(refused.getMessage()).contains("SUBMITTED").contains("READY").contains("APPROVED");
        assertThat(new IllegalTransitionException(OFFBOARDED, DRAFT).getMessage()).contains("final state");
    }
}
