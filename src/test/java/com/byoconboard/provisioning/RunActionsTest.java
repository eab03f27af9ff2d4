package com.byoconboard.provisioning;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which run actions are open, by caller and by the run's state: the one decision every page and the API render. */
class RunActionsTest {

    static final OrganizationId OWNER = new OrganizationId("owner");
    static final Optional<Actor> CUSTOMER = actor("carol", OWNER, Role.CUSTOMER);
    static final Optional<Actor> OTHER_CUSTOMER = actor("bob", new OrganizationId("globex"), Role.CUSTOMER);
    static final Optional<Actor> SUPPORT = actor("sam", null, Role.SUPPORT);

    @Test
    void everyRunStateButTornDownHasItsActionsAndATearDownCanBeRetriedOrCancelled() {
        assertThat(actions(OnboardingState.PROVISIONING, RunState.RUNNING)).containsExactly(RunAction.CANCEL);
        assertThat(actions(OnboardingState.READY, RunState.SUCCEEDED)).containsExactly(RunAction.TEAR_DOWN);
        assertThat(actions(OnboardingState.FAILED, RunState.FAILED)).containsExactly(RunAction.RETRY, RunAction.TEAR_DOWN);
        assertThat(actions(OnboardingState.FAILED, RunState.CANCELLED)).containsExactly(RunAction.RETRY, RunAction.TEAR_DOWN);
        assertThat(actions(OnboardingState.READY, RunState.TEARING_DOWN)).containsExactly(RunAction.RETRY, RunAction.CANCEL);
        assertThat(actions(OnboardingState.TORN_DOWN, RunState.TORN_DOWN)).isEmpty();
    }

    @Test
    void beforeAnyRunAnApprovedOnboardingStartsAndOneLeftProvisioningWithoutARunIsRetried() {
        assertThat(actions(OnboardingState.APPROVED, null)).containsExactly(RunAction.START);
        assertThat(actions(OnboardingState.PROVISIONING, null)).containsExactly(RunAction.RETRY);
        for (var state : EnumSet.of(OnboardingState.DRAFT, OnboardingState.SUBMITTED, OnboardingState.CHANGES_REQUESTED,
                OnboardingState.REJECTED)) {
            assertThat(actions(state, null)).as(state.name()).isEmpty();
        }
    }

    @Test
    void supportAndTheOwningCustomerGetTheSameActionsAndNobodyElseAny() {
        for (var run : RunState.values()) {
            var own = RunActions.allowedFor(CUSTOMER, OWNER, OnboardingState.FAILED, run);
            assertThat(RunActions.allowedFor(SUPPORT, OWNER, OnboardingState.FAILED, run)).isEqualTo(own);
            assertThat(RunActions.allowedFor(OTHER_CUSTOMER, OWNER, OnboardingState.FAILED, run).allowed()).isEmpty();
            assertThat(RunActions.allowedFor(Optional.empty(), OWNER, OnboardingState.FAILED, run).allowed()).isEmpty();
        }
    }

    private static Set<RunAction> actions(OnboardingState onboarding, RunState run) {
        return RunActions.allowedFor(CUSTOMER, OWNER, onboarding, run).allowed();
    }

    private static Optional<Actor> actor(String id, OrganizationId org, Role role) {
        return Optional.of(new Actor(id, id, "", Optional.ofNullable(org), Set.of(role), false));
    }
}
