package com.byoconboard.onboarding;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.byoconboard.onboarding.ChangeState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A change request's life as a table: every pair of states is either listed here as legal, or refused. */
class ChangeStateTest {

    /** Written out independently of {@link ChangeState#next()}. */
    static final Map<ChangeState, Set<ChangeState>> LEGAL = Map.of(
            PROPOSED, EnumSet.of(APPROVED, REFUSED, WITHDRAWN),
            APPROVED, EnumSet.of(APPLYING, WITHDRAWN),
            APPLYING, EnumSet.of(APPLIED, FAILED),
            FAILED, EnumSet.of(APPLIED),
            APPLIED, EnumSet.noneOf(ChangeState.class),
            REFUSED, EnumSet.noneOf(ChangeState.class),
            WITHDRAWN, EnumSet.noneOf(ChangeState.class));

    @Test
    void everyPairOfStatesIsLegalExactlyWhenTheTableListsIt() {
        for (var from : ChangeState.values()) {
            for (var to : ChangeState.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
            }
        }
    }

    @Test
    void appliedRefusedAndWithdrawnAreTheOnlyEnds() {
        assertThat(EnumSet.allOf(ChangeState.class).stream().filter(ChangeState::settled))
                .containsExactlyInAnyOrder(APPLIED, REFUSED, WITHDRAWN);
    }

    @Test
    void anAppliedOrRefusedChangeCannotBeWithdrawn() {
        assertThat(APPLIED.canMoveTo(WITHDRAWN)).isFalse();
        assertThat(REFUSED.canMoveTo(WITHDRAWN)).isFalse();
        assertThat(APPLYING.canMoveTo(WITHDRAWN)).isFalse();
    }
}
