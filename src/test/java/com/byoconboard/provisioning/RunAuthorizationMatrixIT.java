package com.byoconboard.provisioning;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.AuditEntry;
import com.byoconboard.support.AuditLog;
import com.byoconboard.support.GrantScope;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every run action, asked of the provisioning service itself by a customer of the owning organization, a customer of
 * another organization, support and an anonymous caller, with the run in the state the action needs. The service
 * decides and checks; no page or API hides anything for it. Runs are put in their states through the journal (AWS
 * is a closed port here: what a run then does in AWS is the moto tests' business).
 */
// On a port although it sends no request: the same application context as the web tests of the test profile, so
// no start of its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RunAuthorizationMatrixIT {

    enum Who { CUSTOMER_OWN_ORGANIZATION, CUSTOMER_OTHER_ORGANIZATION, SUPPORT, ANONYMOUS }

    static final Set<Who> MAY_ACT = EnumSet.of(Who.CUSTOMER_OWN_ORGANIZATION, Who.SUPPORT);
    static final OrganizationId OWN = new OrganizationId("run-matrix-org");

    @Autowired
    OnboardingService onboardings;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    Journal journal;
    @Autowired
    AuditLog audit;
    @Autowired
    AccessGrants grants;

    /** One action on a run in {@code run} (null: none yet), and the run state it leaves when allowed. */
    record Cell(RunAction action, OnboardingState onboarding, RunState run, RunState after) {
    }

    static final List<Cell> CELLS = List.of(
            new Cell(RunAction.START, OnboardingState.APPROVED, null, RunState.RUNNING),
            new Cell(RunAction.RETRY, OnboardingState.FAILED, RunState.FAILED, RunState.RUNNING),
            new Cell(RunAction.RETRY, OnboardingState.PROVISIONING, null, RunState.RUNNING),
            new Cell(RunAction.CANCEL, OnboardingState.PROVISIONING, RunState.RUNNING, RunState.CANCELLED),
            new Cell(RunAction.TEAR_DOWN, OnboardingState.FAILED, RunState.FAILED, RunState.TEARING_DOWN),
            new Cell(RunAction.RETRY, OnboardingState.READY, RunState.TEARING_DOWN, RunState.TEARING_DOWN),
            new Cell(RunAction.CANCEL, OnboardingState.READY, RunState.TEARING_DOWN, RunState.CANCELLED));

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void everyRunActionIsTheOwningCustomersAndSupportsAndRefusedToEveryoneElse() {
        int cells = 0;
        for (Cell cell : CELLS) {
            for (Who who : Who.values()) {
                var onboarding = withRun(cell.onboarding(), cell.run());
                String name = who + " / " + cell.action() + " of a run " + cell.run();
                if (MAY_ACT.contains(who)) {
                    if (who == Who.SUPPORT) {
                        grantReadWrite(onboarding);
                    }
                    as(who, () -> provisioning.act(cell.action(), onboarding.id()));
                    assertThat(runState(onboarding)).as(name).isEqualTo(cell.after());
                } else {
                    assertThatThrownBy(() -> as(who, () -> provisioning.act(cell.action(), onboarding.id()))).as(name)
                            .isInstanceOf(AccessDeniedException.class);
                    assertThat(runState(onboarding)).as(name + ": nothing changed").isEqualTo(cell.run());
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(CELLS.size() * Who.values().length);
    }

    @Test
    void supportRetriesAndTearsDownOnlyUnderTheCustomersReadWriteGrantButStartsAndCancelsWithoutOne() {
        for (Cell cell : CELLS) {
            var onboarding = withRun(cell.onboarding(), cell.run());
            String name = cell.action() + " of a run " + cell.run();
            if (AccountAction.of(cell.action()).isPresent()) {
                assertThatThrownBy(() -> as(Who.SUPPORT, () -> provisioning.act(cell.action(), onboarding.id()))).as(name)
                        .isInstanceOfSatisfying(AccessGrantRequiredException.class,
                                e -> assertThat(e.needed()).isEqualTo(GrantScope.READ_WRITE));
                assertThat(runState(onboarding)).as(name + ": nothing changed").isEqualTo(cell.run());
            } else {
                as(Who.SUPPORT, () -> provisioning.act(cell.action(), onboarding.id()));
                assertThat(runState(onboarding)).as(name).isEqualTo(cell.after());
            }
        }
    }

    @Test
    void theActionsOnOffersAreTheOnesItAcceptsForEachCaller() {
        var failed = withRun(OnboardingState.FAILED, RunState.FAILED);
        for (Who who : Who.values()) {
            var offered = as(who, () -> provisioning.allowedFor(failed.id())).allowed();
            assertThat(offered).as(who.name()).isEqualTo(MAY_ACT.contains(who)
                    ? EnumSet.of(RunAction.RETRY, RunAction.TEAR_DOWN) : Set.of());
            if (MAY_ACT.contains(who)) {
                assertThat(as(who, () -> provisioning.progress(failed.id())).state()).isEqualTo(RunState.FAILED);
            } else {
                assertThatThrownBy(() -> as(who, () -> provisioning.progress(failed.id()))).as(who + " reads the run")
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void anActionTheRunsStateDoesNotAllowIsRefusedSayingWhatIsOpen() {
        var failed = withRun(OnboardingState.FAILED, RunState.FAILED);
        assertThatThrownBy(() -> as(Who.CUSTOMER_OWN_ORGANIZATION, () -> provisioning.act(RunAction.CANCEL, failed.id())))
                .isInstanceOfSatisfying(RunActionRefusedException.class, e -> {
                    assertThat(e.run()).isEqualTo(RunState.FAILED);
                    assertThat(e.open().allowed()).containsExactly(RunAction.RETRY, RunAction.TEAR_DOWN);
                    assertThat(e.getMessage()).contains("CANCEL", "FAILED", "RETRY", "TEAR_DOWN");
                });
        assertThat(runState(failed)).isEqualTo(RunState.FAILED);
    }

    @Test
    void aCustomersActionIsAuditedAsDoneForThatCustomer() {
        var approved = withRun(OnboardingState.APPROVED, null);
        as(Who.CUSTOMER_OWN_ORGANIZATION, () -> provisioning.act(RunAction.START, approved.id()));
        var entries = SystemActor.call("test", () -> audit.of(approved.id()));
        assertThat(entries).filteredOn(e -> e.after().equals("PROVISIONING")).extracting(AuditEntry::actor)
                .containsExactly("system:provisioning for " + OWN.value() + "-customer");
    }

    /** Support asks for read-write access, and the owning customer approves it. */
    private void grantReadWrite(Onboarding onboarding) {
        var grant = as(Who.SUPPORT, () -> grants.request(onboarding.id(), "matrix", Duration.ofHours(1), GrantScope.READ_WRITE));
        as(Who.CUSTOMER_OWN_ORGANIZATION, () -> grants.approve(onboarding.id(), grant.id()));
    }

    private RunState runState(Onboarding onboarding) {
        return journal.run(onboarding.id()).map(Journal.Run::state).orElse(null);
    }

    private <T> T as(Who who, java.util.function.Supplier<T> work) {
        try {
            switch (who) {
                case CUSTOMER_OWN_ORGANIZATION -> TestLogins.customerOfOwnOrganization(OWN.value());
                case CUSTOMER_OTHER_ORGANIZATION -> TestLogins.bob();
                case SUPPORT -> TestLogins.sam();
                case ANONYMOUS -> SecurityContextHolder.clearContext();
            }
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void as(Who who, Runnable work) {
        as(who, () -> {
            work.run();
            return null;
        });
    }

    /** A valid onboarding of OWN in {@code state}, with its run in {@code run} as the journal records it. */
    private Onboarding withRun(OnboardingState state, RunState run) {
        TestLogins.customerOfOwnOrganization(OWN.value());
        var draft = onboardings.create(OWN);
        draft = onboardings.editDraft(OWN, draft.id(), draft.version(), in -> ValidInputs.newVpc());
        var submitted = onboardings.submit(OWN, draft.id(), draft.version());
        SecurityContextHolder.clearContext();
        return SystemActor.call("setup", () -> {
            var id = submitted.id();
            onboardings.moveTo(id, OnboardingState.APPROVED);
            if (state == OnboardingState.APPROVED) {
                return onboardings.getForVendor(id);
            }
            onboardings.moveTo(id, OnboardingState.PROVISIONING);
            if (run != null) {
                var onboarding = onboardings.getForVendor(id);
                journal.startRun(id, onboarding.inputs().network().mode(), provisioning.plan(onboarding).steps(), java.util.Set.of(),
                        Instant.now());
                if (run != RunState.RUNNING) {
                    journal.moveRun(id, EnumSet.of(RunState.RUNNING), run, Instant.now());
                }
            }
            if (state == OnboardingState.FAILED || state == OnboardingState.READY) {
                onboardings.moveTo(id, state);
            }
            return onboardings.getForVendor(id);
        });
    }
}
