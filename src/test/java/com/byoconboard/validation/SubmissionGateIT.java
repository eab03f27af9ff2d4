package com.byoconboard.validation;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.identity.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.onboarding.SubmissionRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The server refuses to submit inputs that break a rule, whatever the browser did, naming the blocking rules. */
// On a port although it sends no request: the same application context as the web tests of the test profile, so
// no start of its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubmissionGateIT {

    private static final OrganizationId ORG = new OrganizationId("submission-gate");

    @Autowired
    OnboardingService onboardings;

    @BeforeEach
    void signInAsCustomer() {
        TestLogins.signIn("gate-customer", ORG, Role.CUSTOMER);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aFreshDraftIsRefusedWithTheRuleIdsThatBlockIt() {
        var draft = onboardings.create(ORG);

        var refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> onboardings.submit(ORG, draft.id(), draft.version()));

        assertThat(refused.ruleIds()).contains("ACC-001", "ACC-002", "ACC-003", "REG-001", "ROLE-001", "AZ-001", "ALLOW-006")
                .doesNotHaveDuplicates()
                .doesNotContain("REG-002", "ALLOW-005");
        assertThat(onboardings.get(ORG, draft.id()).state()).isEqualTo(OnboardingState.DRAFT);
    }

    @Test
    void oneRemainingErrorStillBlocksSubmitAndFixingItLetsItThrough() {
        var draft = onboardings.create(ORG);
        var almost = onboardings.editDraft(ORG, draft.id(), draft.version(),
                in -> ValidInputs.newVpc().withNetwork(n -> n.withVpcCidr("10.0.0.0/24")));

        var refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> onboardings.submit(ORG, almost.id(), almost.version()));
        assertThat(refused.ruleIds()).isEqualTo(List.of("NET-002"));

        var fixed = onboardings.editDraft(ORG, draft.id(), almost.version(), in -> ValidInputs.newVpc());
        assertThat(onboardings.submit(ORG, fixed.id(), fixed.version()).state()).isEqualTo(OnboardingState.SUBMITTED);
    }
}
