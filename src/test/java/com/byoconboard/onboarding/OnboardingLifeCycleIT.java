package com.byoconboard.onboarding;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.byoconboard.onboarding.OnboardingState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life cycle through the service: from every state, every target is tried (the customer's submit for
 * SUBMITTED, support's moveTo for the rest) and must succeed exactly when the life-cycle table lists it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnboardingLifeCycleIT {

    /** How to reach each state from a fresh draft. */
    static final java.util.Map<OnboardingState, List<OnboardingState>> PATH = java.util.Map.of(
            DRAFT, List.of(),
            SUBMITTED, List.of(SUBMITTED),
            CHANGES_REQUESTED, List.of(SUBMITTED, CHANGES_REQUESTED),
            APPROVED, List.of(SUBMITTED, APPROVED),
            REJECTED, List.of(SUBMITTED, REJECTED),
            PROVISIONING, List.of(SUBMITTED, APPROVED, PROVISIONING),
            READY, List.of(SUBMITTED, APPROVED, PROVISIONING, READY),
            FAILED, List.of(SUBMITTED, APPROVED, PROVISIONING, FAILED),
            TORN_DOWN, List.of(SUBMITTED, APPROVED, PROVISIONING, READY, TORN_DOWN),
            OFFBOARDED, List.of(SUBMITTED, APPROVED, PROVISIONING, READY, TORN_DOWN, OFFBOARDED));

    /** Its own organization: this test creates a hundred onboardings that no other test should list. */
    static final OrganizationId LIFECYCLE = new OrganizationId("lifecycle-org");

    @Autowired
    OnboardingService service;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void everyTransitionFromEveryStateSucceedsExactlyWhenTheLifeCycleListsIt() {
        int checked = 0;
        for (var from : OnboardingState.values()) {
            for (var to : OnboardingState.values()) {
                var onboarding = inState(from);
                boolean legal = OnboardingStateTest.LEGAL.get(from).contains(to);
                if (legal) {
                    assertThat(attempt(onboarding, to).state()).as(from + " -> " + to).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> attempt(onboarding, to)).as(from + " -> " + to)
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining(from.name()).hasMessageContaining(to.name());
                    assertThat(reload(onboarding).state()).as("unchanged after refused " + from + " -> " + to)
                            .isEqualTo(from);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(OnboardingState.values().length * OnboardingState.values().length);
    }

    @Test
    void submittingFreezesTheInputsUntilSupportAsksForChangesAndTheResubmissionIsANewRevision() {
        var submitted = inState(SUBMITTED);
        TestLogins.customerOfOwnOrganization(LIFECYCLE.value());
        assertThatThrownBy(() -> service.editDraft(LIFECYCLE, submitted.id(), submitted.version(),
                in -> in.withRegion("eu-west-1"))).isInstanceOf(InputsFrozenException.class);
        var sentBack = SystemActor.call("test", () -> service.moveTo(submitted.id(), CHANGES_REQUESTED));
        TestLogins.customerOfOwnOrganization(LIFECYCLE.value());
        var edited = service.editDraft(LIFECYCLE, sentBack.id(), sentBack.version(),
                in -> in.withAccount(a -> a.withOrganizationName("Example Corp, revised")));
        var resubmitted = service.submit(LIFECYCLE, edited.id(), edited.version());
        assertThat(resubmitted.revision()).isEqualTo(submitted.revision() + 1);
        assertThat(resubmitted.inputs().account().organizationName()).isEqualTo("Example Corp, revised");
    }

    @Test
    void onceProvisioningStartedRegionAndCidrCanNeverChange() {
        for (var state : List.of(PROVISIONING, READY, FAILED)) {
            var onboarding = inState(state);
            TestLogins.customerOfOwnOrganization(LIFECYCLE.value());
            assertThatThrownBy(() -> service.editDraft(LIFECYCLE, onboarding.id(), onboarding.version(),
                    in -> in.withNetwork(n -> n.withVpcCidr("10.9.0.0/16"))))
                    .isInstanceOf(InputsFrozenException.class).hasMessageContaining("region and VPC CIDR");
        }
    }

    @Test
    void theVendorSideCannotSubmitOnTheCustomersBehalf() {
        var draft = inState(DRAFT);
        assertThatThrownBy(() -> SystemActor.call("test", () -> service.moveTo(draft.id(), SUBMITTED)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private Onboarding inState(OnboardingState state) {
        TestLogins.customerOfOwnOrganization(LIFECYCLE.value());
        var created = service.create(LIFECYCLE);
        var current = service.editDraft(LIFECYCLE, created.id(), created.version(), in -> ValidInputs.newVpc());
        for (var step : PATH.get(state)) {
            current = attempt(current, step);
        }
        TestLogins.signOut();
        return current;
    }

    private Onboarding attempt(Onboarding o, OnboardingState target) {
        if (target == SUBMITTED) {
            TestLogins.customerOfOwnOrganization(LIFECYCLE.value());
            return service.submit(LIFECYCLE, o.id(), reload(o).version());
        }
        return SystemActor.call("test", () -> service.moveTo(o.id(), target));
    }

    private Onboarding reload(Onboarding o) {
        return SystemActor.call("test", () -> service.getForVendor(o.id()));
    }
}
