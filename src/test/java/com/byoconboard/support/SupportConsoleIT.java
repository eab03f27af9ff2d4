package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.provisioning.ProvisioningService;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Support's decisions and tasks through the service: who and when are kept, the customer sees what concerns them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupportConsoleIT {

    static final OrganizationId CONSOLE = new OrganizationId("console-org");

    @Autowired
    OnboardingService onboardings;
    @Autowired
    SupportConsole console;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AuditLog audit;
    @Autowired
    CustomerSupportTasks customerTasks;
    @Autowired
    CustomerTimeline timeline;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void privateConnectivityBringsTheGuidesSupportTasksWhichKeepWhoAndWhen() {
        var submitted = submitted(true);
        TestLogins.sam();
        assertThat(console.tasks(submitted.id())).extracting(SupportTask::kind, SupportTask::state).containsExactly(
                tuple(SupportTaskKind.ENABLE_PRIVATE_LOAD_BALANCER, SupportTaskState.OPEN),
                tuple(SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER,
                        SupportTaskState.WAITING_FOR_REQUEST));

        var done = console.moveTask(submitted.id(), SupportTaskKind.ENABLE_PRIVATE_LOAD_BALANCER, SupportTaskState.DONE);
        assertThat(done.updatedBy()).contains("sam");
        assertThat(done.updatedAt()).isPresent();
        assertThat(console.tasks(submitted.id()).getFirst().state()).isEqualTo(SupportTaskState.DONE);
        assertThatThrownBy(() -> console.moveTask(submitted.id(), SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER,
                SupportTaskState.DONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WAITING_FOR_REQUEST");
        assertThat(audit.of(submitted.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TASK_CHANGED);
            assertThat(e.actor()).isEqualTo("sam");
            assertThat(e.before() + ">" + e.after()).isEqualTo("OPEN>DONE");
        });
    }

    @Test
    void withoutPrivateConnectivityNoSupportTaskApplies() {
        var submitted = submitted(false);
        TestLogins.sam();
        assertThat(console.tasks(submitted.id())).isEmpty();
    }

    @Test
    void theCustomerSeesSupportsCommentButNotTheVendorsTaskBookkeeping() {
        var submitted = submitted(true);
        TestLogins.sam();
        console.moveTask(submitted.id(), SupportTaskKind.ENABLE_PRIVATE_LOAD_BALANCER, SupportTaskState.DONE);
        console.requestChanges(submitted.id(), "Please name the peer account");
        TestLogins.customerOfOwnOrganization(CONSOLE.value());
        var seen = timeline.of(CONSOLE, submitted.id());
        assertThat(seen).extracting(AuditEntry::action).doesNotContain(AuditAction.TASK_CHANGED)
                .contains(AuditAction.CHANGES_REQUESTED, AuditAction.STATE_CHANGED);
        assertThat(seen.getFirst().detail()).isEqualTo("Please name the peer account");
        assertThat(timeline.recent(CONSOLE, 10)).isNotEmpty();
    }

    @Test
    void aRequestForChangesOrARejectionNeedsATextForTheCustomer() {
        var submitted = submitted(false);
        TestLogins.sam();
        assertThatThrownBy(() -> console.requestChanges(submitted.id(), "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> console.reject(submitted.id(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(console.onboarding(submitted.id()).state()).isEqualTo(OnboardingState.SUBMITTED);
    }

    @Test
    void startingProvisioningAsSupportHandsTheOnboardingToTheProvisioningEngine() {
        var submitted = submitted(false);
        TestLogins.sam();
        console.approve(submitted.id());
        provisioning.start(submitted.id());

        // AWS is a closed port in this test, so the run may already have failed its pre-flight: either way
        // the engine took it (the real run on moto is SupportReviewIT's and the provisioning tests').
        assertThat(console.onboarding(submitted.id()).state()).isIn(OnboardingState.PROVISIONING, OnboardingState.FAILED);
        assertThat(audit.of(submitted.id())).extracting(AuditEntry::actor).contains("sam", "console-org-customer");
    }

    @Test
    void aPublicLoadBalancerRemovalAskedForInTheWizardIsOpenForSupportAtOnce() {
        var submitted = submitted(true, true);
        TestLogins.sam();
        assertThat(console.tasks(submitted.id())).filteredOn(t -> t.kind() == SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER)
                .extracting(SupportTask::state).containsExactly(SupportTaskState.OPEN);
    }

    @Test
    void theCustomerOfAReadyOnboardingAsksForThePublicLoadBalancersRemovalOnceAndSupportSeesWhoAndWhen() {
        var submitted = submitted(true);
        TestLogins.sam();
        console.approve(submitted.id());
        onboardings.moveTo(submitted.id(), OnboardingState.PROVISIONING);
        onboardings.moveTo(submitted.id(), OnboardingState.READY);

        TestLogins.customerOfOwnOrganization(CONSOLE.value());
        var ready = onboardings.get(CONSOLE, submitted.id());
        assertThat(customerTasks.of(CONSOLE, ready.id())).extracting(SupportTask::kind, SupportTask::state).containsExactly(
                tuple(SupportTaskKind.ENABLE_PRIVATE_LOAD_BALANCER, SupportTaskState.OPEN),
                tuple(SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER, SupportTaskState.WAITING_FOR_REQUEST));
        var asked = customerTasks.requestPublicLoadBalancerRemoval(CONSOLE, ready.id(), ready.version());
        assertThat(asked.state()).isEqualTo(SupportTaskState.OPEN);
        assertThat(asked.updatedBy()).contains("console-org-customer");
        assertThat(onboardings.get(CONSOLE, ready.id()).inputs().connectivity().removePublicLoadBalancer()).isTrue();
        var now = onboardings.get(CONSOLE, ready.id());
        assertThatThrownBy(() -> customerTasks.requestPublicLoadBalancerRemoval(CONSOLE, now.id(), now.version()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("asked for already");

        TestLogins.sam();
        assertThat(console.tasks(ready.id())).filteredOn(t -> t.kind() == SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER)
                .singleElement().satisfies(t -> {
                    assertThat(t.state()).isEqualTo(SupportTaskState.OPEN);
                    assertThat(t.updatedBy()).contains("console-org-customer");
                    assertThat(t.updatedAt()).isPresent();
                });
        assertThat(audit.of(ready.id())).filteredOn(e -> e.actor().equals("console-org-customer"))
                .extracting(AuditEntry::action, e -> e.before() + ">" + e.after())
                .contains(tuple(AuditAction.TASK_CHANGED, "WAITING_FOR_REQUEST>OPEN"),
                        tuple(AuditAction.PEERING_CHANGED, "vpc-0fedcba9876543210>vpc-0fedcba9876543210"));

        TestLogins.bob();
        assertThatThrownBy(() -> customerTasks.of(CONSOLE, ready.id())).isInstanceOf(RuntimeException.class);
    }

    private Onboarding submitted(boolean peering) {
        return submitted(peering, false);
    }

    private Onboarding submitted(boolean peering, boolean removePublicLoadBalancer) {
        TestLogins.customerOfOwnOrganization(CONSOLE.value());
        var o = onboardings.create(CONSOLE);
        var inputs = peering ? ValidInputs.newVpc().withConnectivity(c -> c.withPeeringEnabled(true).withPeers(List.of(
                new VpcPeer("210987654321", "vpc-0fedcba9876543210",
                        "172.31.0.0/16"))).withRemovePublicLoadBalancer(removePublicLoadBalancer)) : ValidInputs.newVpc();
        o = onboardings.editDraft(CONSOLE, o.id(), o.version(), in -> inputs);
        return onboardings.submit(CONSOLE, o.id(), o.version());
    }
}
