package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.SessionPolicy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.AuditAction;
import com.byoconboard.support.AuditEntry;
import com.byoconboard.support.AuditLog;
import com.byoconboard.support.GrantScope;
import com.byoconboard.support.GrantState;
import com.byoconboard.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Support in a ready onboarding's account on moto with IAM enforced: refused without the customer's grant, allowed
 * while one holds, refused again once it expired (the app's clock moved on) or was revoked; every grant, session
 * and action visible to the customer. moto keeps AssumeRole's session policy but does not evaluate it, so the proxy
 * in front of moto evaluates it ({@link AwsProxy#evaluateSessionPolicies}); the policy it evaluates is the one the
 * app sent, asserted exactly on the recorded AssumeRole.
 */
@SpringBootTest
@MotoBacked
@Import(MovableClock.Config.class)
class SupportAccessIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    DriftService drift;
    @Autowired
    AccessGrants grants;
    @Autowired
    SupportAccess access;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;
    @Autowired
    AwsClients aws;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void supportActsInTheAccountOnlyWhileTheCustomersGrantHoldsAndOnlyWithinItsScope() {
        var id = TestOnboardings.ready(onboardings, iac, provisioning).id();

        TestLogins.sam();
        assertThatThrownBy(() -> drift.verify(id)).isInstanceOfSatisfying(AccessGrantRequiredException.class,
                e -> assertThat(e.needed()).isEqualTo(GrantScope.READ_ONLY));
        assertThatThrownBy(() -> provisioning.act(RunAction.TEAR_DOWN, id)).isInstanceOf(AccessGrantRequiredException.class);
        var readOnly = grants.request(id, "Verify after the customer's network change", Duration.ofMinutes(30), null);
        assertThat(readOnly.scope()).isEqualTo(GrantScope.READ_ONLY);
        assertThatThrownBy(() -> drift.verify(id)).as("requested is not approved").isInstanceOf(AccessGrantRequiredException.class);

        TestLogins.alice();
        grants.approve(id, readOnly.id());
        TestLogins.sam();
        proxy.reset();
        assertThat(drift.verify(id).clean()).isTrue();
        var assumed = proxy.calls("AssumeRole");
        assertThat(assumed).hasSize(1);
        assertThat(assumed.getFirst().params()).containsEntry("RoleSessionName", "support-sam")
                .containsEntry("Policy", SessionPolicy.document(false))
                .containsEntry("ExternalId", onboardings.getForVendor(id).externalId());
        assertThat(Integer.parseInt(assumed.getFirst().params().get("DurationSeconds"))).isBetween(1790, 1800);
        assertThatThrownBy(() -> drift.repair(id)).as("a read-only grant does not repair")
                .isInstanceOfSatisfying(AccessGrantRequiredException.class,
                        e -> assertThat(e.needed()).isEqualTo(GrantScope.READ_WRITE));

        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> drift.verify(id)).as("expired").isInstanceOf(AccessGrantRequiredException.class);

        var readWrite = grants.request(id, "Repair the NAT gateway", Duration.ofHours(2), GrantScope.READ_WRITE);
        TestLogins.alice();
        grants.approve(id, readWrite.id());
        TestLogins.sam();
        assertThat(drift.repair(id).clean()).isTrue();
        TestLogins.alice();
        grants.revoke(id, readWrite.id());
        TestLogins.sam();
        assertThatThrownBy(() -> drift.verify(id)).as("revoked").isInstanceOf(AccessGrantRequiredException.class);

        TestLogins.alice();
        assertThat(grants.list(id)).extracting(g -> grants.stateNow(g))
                .containsExactly(GrantState.REVOKED, GrantState.EXPIRED);
        assertThat(grants.sessions(id)).hasSize(2).allSatisfy(s -> {
            assertThat(s.sessionName()).isEqualTo("support-sam");
            assertThat(s.startedBy()).isEqualTo("sam");
        });
        var entries = SystemActor.call("test", () -> audit.of(id));
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.ACCESS_GRANT).extracting(AuditEntry::after)
                .containsExactly("REVOKED", "APPROVED", "REQUESTED", "APPROVED", "REQUESTED");
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.SUPPORT_ACTION).extracting(AuditEntry::after)
                .containsExactly("REPAIR", "VERIFY");
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.SUPPORT_SESSION)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("sam")).hasSize(2);
    }

    @Test
    void theReadOnlySessionPolicyLetsSupportReadButNotWriteInTheAccount() {
        var onboarding = TestOnboardings.ready(onboardings, iac, provisioning);
        var id = onboarding.id();
        TestLogins.sam();
        var grant = grants.request(id, "Look around", Duration.ofHours(1), GrantScope.READ_ONLY);
        TestLogins.alice();
        grants.approve(id, grant.id());
        TestLogins.sam();
        var sam = currentUser.require();
        var active = Optional.of(grants.requireActive(id, "VERIFY", GrantScope.READ_ONLY));
        String vpc = provisioning.progress(id).resources().stream()
                .filter(r -> r.type() == ResourceType.VPC).findFirst().orElseThrow().resourceId();

        // moto alone lets the write through: it ignores the session policy.
        try (var account = access.open(sam, onboarding, active, AccountAction.VERIFY)) {
            account.ec2().createTags(r -> r.resources(vpc).tags(t -> t.key("moto-ignores").value("session-policy")));
        }
        proxy.evaluateSessionPolicies();
        try (var account = access.open(sam, onboarding, active, AccountAction.VERIFY)) {
            assertThat(account.ec2().describeVpcs(r -> r.vpcIds(vpc)).vpcs()).hasSize(1);
            assertThatThrownBy(() -> account.ec2().createTags(r -> r.resources(vpc).tags(t -> t.key("k").value("v"))))
                    .isInstanceOfSatisfying(Ec2Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> account.ec2().deleteVpc(r -> r.vpcId(vpc))).isInstanceOf(Ec2Exception.class);
        }
    }

    @Test
    void aRepairSupportStartsRunsThroughSupportsReadWriteSessionAndStopsOnceTheGrantHasEnded() {
        var onboarding = TestOnboardings.ready(onboardings, iac, provisioning);
        var id = onboarding.id();
        TestLogins.sam();
        var grant = grants.request(id, "Repair the private subnets", Duration.ofHours(3), GrantScope.READ_WRITE);
        TestLogins.alice();
        grants.approve(id, grant.id());

        deletePrivateSubnet(id);
        proxy.reset();
        proxy.evaluateSessionPolicies();
        TestLogins.sam();
        drift.repair(id);
        ProvisioningRunIT.await(provisioning, () -> provisioning.progress(id).state() == RunState.SUCCEEDED, id, "repaired");
        // Every call of the repair run went through support's session, and its policy allowed them all.
        assertThat(proxy.calls("AssumeRole")).isNotEmpty().allSatisfy(call -> assertThat(call.params())
                .containsEntry("RoleSessionName", "support-sam").containsEntry("Policy", SessionPolicy.document(true)));
        assertThat(drift.verify(id).clean()).isTrue();

        // The grant ends while support's next repair runs: its next step is refused, the kept session dropped.
        deletePrivateSubnet(id);
        proxy.delayEveryCall(300);
        drift.repair(id);
        clock.advance(Duration.ofHours(4));
        ProvisioningRunIT.await(provisioning, () -> provisioning.progress(id).state() == RunState.FAILED, id, "refused");
        assertThat(provisioning.progress(id).log()).anySatisfy(line -> assertThat(line.message().key())
                .isEqualTo("provisioning.log.grantEnded"));
    }

    private void deletePrivateSubnet(OnboardingId id) {
        var subnet = provisioning.progress(id).resources().stream().filter(r -> r.deletedAt() == null
                && r.type() == ResourceType.SUBNET && r.logicalName().startsWith("subnet-private")).findFirst().orElseThrow();
        try (var admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            admin.ec2().deleteSubnet(r -> r.subnetId(subnet.resourceId()));
        }
    }
}
