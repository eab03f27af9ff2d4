package com.byoconboard.onboarding;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Drafts against the real database: saved on every edit, scoped to their organization, never silently overwritten. */
// On a port although it sends no request: the same application context as the web tests of the test profile, so
// no start of its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnboardingServiceIT {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final OrganizationId GLOBEX = new OrganizationId("globex");

    @Autowired
    OnboardingService onboardings;

    @BeforeEach
    void signInAsAcmeCustomer() {
        TestLogins.signIn("acme-customer", ACME, Role.CUSTOMER);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aNewDraftStartsWithTheGuidesDefaultsAndItsOwnExternalId() {
        var first = onboardings.create(ACME);
        var second = onboardings.create(ACME);

        assertThat(first.state()).isEqualTo(OnboardingState.DRAFT);
        assertThat(first.inputs().network().vpcCidr()).isEqualTo("10.0.0.0/16");
        assertThat(first.externalId()).hasSize(32).isNotEqualTo(second.externalId());
        assertThat(onboardings.get(ACME, first.id())).isEqualTo(first);
    }

    @Test
    void anEditBeyondALimitIsRefusedAndNothingOfItIsStored() {
        var draft = onboardings.editDraft(ACME, onboardings.create(ACME).id(), 0,
                in -> in.withAccount(a -> a.withOrganizationName("Acme")));
        var fiveThousandLines = java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "198.51." + i / 256 + "." + i % 256).toList();

        var tooLong = catchThrowableOfType(InputsRefusedException.class, () -> onboardings.editDraft(ACME, draft.id(),
                draft.version(), in -> in.withAccount(a -> a.withOrganizationName("x".repeat(100_000)))));
        var tooMany = catchThrowableOfType(InputsRefusedException.class, () -> onboardings.editDraft(ACME, draft.id(),
                draft.version(), in -> in.withConnectivity(c -> c.withAllowList(fiveThousandLines))));
        var spoofed = catchThrowableOfType(InputsRefusedException.class, () -> onboardings.editDraft(ACME, draft.id(),
                draft.version(), in -> in.withAccount(a -> a.withOrganizationName("\u202EemcA"))));

        assertThat(tooLong.ruleIds()).containsExactly("LIM-002");
        assertThat(tooMany.ruleIds()).containsExactly("LIM-001");
        assertThat(spoofed.ruleIds()).containsExactly("TXT-001");
        assertThat(onboardings.get(ACME, draft.id())).as("stored as before the refused edits").isEqualTo(draft);
        assertThat(catchThrowableOfType(InputsRefusedException.class, () -> onboardings.create(ACME,
                ValidInputs.newVpc().withConnectivity(c -> c.withAllowList(fiveThousandLines)))).ruleIds())
                .containsExactly("LIM-001");
    }

    @Test
    void everyEditIsStoredAndBumpsTheVersion() {
        var draft = onboardings.create(ACME);

        var edited = onboardings.editDraft(ACME, draft.id(), draft.version(),
                in -> in.withAccount(a -> a.withAccountId("123456789012")));

        assertThat(edited.version()).isEqualTo(draft.version() + 1);
        assertThat(onboardings.get(ACME, draft.id()).inputs().account().accountId()).isEqualTo("123456789012");
    }

    @Test
    void theSecondOfTwoConcurrentWritersIsToldAndSeesTheNewerValueAndNothingIsLost() {
        var draft = onboardings.create(ACME);
        long bothRead = draft.version();

        onboardings.editDraft(ACME, draft.id(), bothRead, in -> in.withAccount(a -> a.withOrganizationName("Tab A")));
        var conflict = catchThrowableOfType(DraftConflictException.class, () -> onboardings.editDraft(ACME,
                draft.id(), bothRead, in -> in.withAccount(a -> a.withAccountId("210987654321"))));

        assertThat(conflict).isNotNull();
        assertThat(conflict.current().inputs().account().organizationName()).isEqualTo("Tab A");
        var reapplied = onboardings.editDraft(ACME, draft.id(), conflict.current().version(),
                in -> in.withAccount(a -> a.withAccountId("210987654321")));
        assertThat(reapplied.inputs().account().organizationName()).isEqualTo("Tab A");
        assertThat(reapplied.inputs().account().accountId()).isEqualTo("210987654321");
    }

    @Test
    void anEditOfTheDraftAsTheWizardLastSavedItIsStoredAndLosesToANewerSaveLikeAnyOther() {
        var draft = onboardings.create(ACME);

        var saved = onboardings.editDraft(draft, in -> in.withAccount(a -> a.withOrganizationName("Tab A")));
        var conflict = catchThrowableOfType(DraftConflictException.class, () -> onboardings.editDraft(draft,
                in -> in.withAccount(a -> a.withAccountId("210987654321"))));

        assertThat(onboardings.get(ACME, draft.id())).isEqualTo(saved);
        assertThat(saved.version()).isEqualTo(draft.version() + 1);
        assertThat(conflict.current()).isEqualTo(saved);
        TestLogins.signIn("globex-customer", GLOBEX, Role.CUSTOMER);
        assertThatThrownBy(() -> onboardings.editDraft(saved, in -> in.withRegion("eu-west-1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherOrganizationsDraftCannotBeReadOrChanged() {
        var draft = onboardings.create(ACME);
        TestLogins.signIn("globex-customer", GLOBEX, Role.CUSTOMER);

        assertThatThrownBy(() -> onboardings.get(GLOBEX, draft.id())).isInstanceOf(OnboardingNotFoundException.class);
        assertThatThrownBy(() -> onboardings.editDraft(GLOBEX, draft.id(), draft.version(), in -> in))
                .isInstanceOf(OnboardingNotFoundException.class);
        assertThat(onboardings.list(GLOBEX)).noneMatch(o -> o.id().equals(draft.id()));
    }

    @Test
    void submittingWithBrokenRulesIsRefusedWithTheRuleIds() {
        var draft = onboardings.create(ACME);

        var refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> onboardings.submit(ACME, draft.id(), draft.version()));

        assertThat(refused.ruleIds()).contains("ACC-001", "REG-001");
        assertThat(onboardings.get(ACME, draft.id()).state()).isEqualTo(OnboardingState.DRAFT);
    }

    @Test
    void aSubmittedOnboardingCanNoLongerBeEdited() {
        var draft = onboardings.create(ACME);
        var ready = onboardings.editDraft(ACME, draft.id(), draft.version(), in -> ValidInputs.newVpc());
        var blocking = onboardings.submit(ACME, draft.id(), ready.version());
        assertThat(blocking.state()).isEqualTo(OnboardingState.SUBMITTED);

        assertThatThrownBy(() -> onboardings.editDraft(ACME, draft.id(), blocking.version(), in -> in.withRegion("eu-west-1")))
                .isInstanceOf(InputsFrozenException.class);
        assertThatThrownBy(() -> onboardings.editDraft(blocking, in -> in.withRegion("eu-west-1")))
                .isInstanceOf(InputsFrozenException.class);
    }
}
