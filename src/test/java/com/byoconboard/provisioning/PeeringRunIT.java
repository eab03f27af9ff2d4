package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.onboarding.SubmissionRefusedException;
import com.byoconboard.support.AuditAction;
import com.byoconboard.support.AuditEntry;
import com.byoconboard.support.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionStateReasonCode;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * VPC peering done for the customer, on moto with IAM enforced and two accounts: the app requests the peering from
 * the BYOC VPC through the customer's role, the test accepts it in the peer account as that account's
 * administrator (what the customer does), and the app notices, adds its routes and the security group rule. After
 * READY the customer adds and removes peers: only the peering steps run, and a removal deletes exactly that peer's.
 */
@SpringBootTest(properties = "byoc.provisioning.peering-acceptance-poll=100ms")
@MotoBacked
class PeeringRunIT {

    static final String PEER_ACCOUNT = "111122223333";
    static final String PEER_CIDR = "172.16.0.0/16";
    static final String SECOND_CIDR = "172.20.0.0/16";

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;
    @Autowired
    AuditLog audit;
    @Autowired
    ChangeService changes;

    AwsProxy proxy;

    @BeforeEach
    void emptyAccounts() {
        proxy = MotoFixture.fresh();
    }

    @Test
    void thePeeringIsRequestedAcceptedByThePeerRoutedAndAdmittedAndRemovingThePeerRemovesExactlyThat() {
        String peerVpc;
        String secondVpc;
        try (CustomerAccount peer = peerAdministrator()) {
            peerVpc = peer.ec2().createVpc(r -> r.cidrBlock(PEER_CIDR)).vpc().vpcId();
            secondVpc = peer.ec2().createVpc(r -> r.cidrBlock(SECOND_CIDR)).vpc().vpcId();
        }
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, in -> peered(in, peerVpc));
        var plan = provisioning.plan(onboarding);

        provisioning.start(onboarding.id());
        var waiting = awaitStep(onboarding.id(), StepKind.PEERING_ACCEPTANCE, StepState.WAITING_FOR_YOU);
        assertThat(waiting.error().key()).isEqualTo("provisioning.peering.waiting");
        String pcx = recorded(onboarding.id(), Peering.connection(peer(peerVpc)));
        assertThat(waiting.error().args()).containsExactly(pcx);
        // Nothing was ever peered before: there is nothing to remove, and the step says so.
        assertThat(stepOf(onboarding.id(), StepKind.PEERS_REMOVED).state()).isEqualTo(StepState.SKIPPED);

        try (CustomerAccount peer = peerAdministrator()) {
            var pending = peer.ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx))
                    .vpcPeeringConnections().getFirst();
            assertThat(pending.status().code()).isEqualTo(VpcPeeringConnectionStateReasonCode.PENDING_ACCEPTANCE);
            assertThat(pending.requesterVpcInfo().vpcId()).isEqualTo(recorded(onboarding.id(), "vpc"));
            assertThat(pending.accepterVpcInfo().ownerId()).isEqualTo(PEER_ACCOUNT);
            peer.ec2().acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        }
        awaitState(onboarding.id(), OnboardingState.READY);

        assertThat(provisioning.progress(onboarding.id()).steps())
                .allSatisfy(s -> assertThat(s.state()).isIn(StepState.DONE, StepState.SKIPPED))
                .filteredOn(s -> s.step().id().startsWith("peering-"))
                .allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.DONE));
        assertThat(stepOf(onboarding.id(), StepKind.PEERS_REMOVED).state()).isEqualTo(StepState.SKIPPED);
        var privateTables = plan.network().orElseThrow().privateRouteTables().stream()
                .map(t -> recorded(onboarding.id(), t)).toList();
        assertThat(peeringRoutes(onboarding, PEER_CIDR)).containsOnlyKeys(privateTables)
                .allSatisfy((table, targets) -> assertThat(targets).containsExactly(pcx));
        String group = recorded(onboarding.id(), Peering.SECURITY_GROUP);
        assertThat(ingress(onboarding, group)).containsExactlyInAnyOrderElementsOf(rules(PEER_CIDR));

        // A second run finds everything (journal, then tags) and changes nothing.
        proxy.reset();
        provisioning.rerun(onboarding.id());
        awaitRun(onboarding.id(), RunState.SUCCEEDED);
        for (String create : List.of("CreateVpcPeeringConnection", "CreateRoute", "CreateSecurityGroup",
                "AuthorizeSecurityGroupIngress", "DeleteRoute", "RevokeSecurityGroupIngress")) {
            assertThat(proxy.calls(create)).as(create).isEmpty();
        }

        // After READY, a peer overlapping the BYOC VPC is refused before anything reaches AWS, and nothing runs.
        proxy.reset();
        var ready = onboardings.getForVendor(onboarding.id());
        var overlapping = new VpcPeer(PEER_ACCOUNT, "vpc-0fedcba9876543210", "10.0.64.0/20");
        assertThatThrownBy(() -> provisioning.changePeering(TestOnboardings.ORG, ready.id(), ready.version(),
                c -> c.withPeerAdded(overlapping)))
                .isInstanceOf(SubmissionRefusedException.class).hasMessageContaining("PEER-004");
        assertThat(provisioning.peeringFindings(TestOnboardings.ORG, ready.id(), c -> c.withPeerAdded(overlapping)))
                .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("PEER-004"));
        assertThat(proxy.calls()).isEmpty();
        assertThat(onboardings.getForVendor(onboarding.id()).version()).isEqualTo(ready.version());

        // Adding a peer after READY runs the peering steps, and only them: the rest of the deployment is not touched.
        var before = provisioning.progress(onboarding.id()).steps().stream()
                .filter(s -> !StepKind.PEERING.contains(s.step())).toList();
        provisioning.changePeering(TestOnboardings.ORG, ready.id(), ready.version(), c -> c.withPeerAdded(peer(secondVpc, SECOND_CIDR)));
        awaitStep(onboarding.id(), StepKind.PEERING_ACCEPTANCE, StepState.WAITING_FOR_YOU);
        String secondPcx = recorded(onboarding.id(), Peering.connection(peer(secondVpc, SECOND_CIDR)));
        try (CustomerAccount peer = peerAdministrator()) {
            peer.ec2().acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(secondPcx));
        }
        awaitRun(onboarding.id(), RunState.SUCCEEDED);
        assertThat(provisioning.progress(onboarding.id()).steps())
                .filteredOn(s -> !StepKind.PEERING.contains(s.step())).isEqualTo(before);
        assertThat(proxy.calls("CreateVpcPeeringConnection")).hasSize(1);
        assertThat(peeringRoutes(onboarding, SECOND_CIDR)).containsOnlyKeys(privateTables)
                .allSatisfy((table, targets) -> assertThat(targets).containsExactly(secondPcx));
        assertThat(ingress(onboarding, group)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(rules(PEER_CIDR).stream(), rules(SECOND_CIDR).stream()).toList());

        // Removing the first peer removes its routes, rules and connection, and nothing else: the second peer stays.
        proxy.reset();
        var twoPeers = onboardings.getForVendor(onboarding.id());
        provisioning.changePeering(TestOnboardings.ORG, twoPeers.id(), twoPeers.version(), c -> c.withoutPeer(peerVpc));
        awaitRun(onboarding.id(), RunState.SUCCEEDED);
        assertThat(stepOf(onboarding.id(), StepKind.PEERS_REMOVED).state()).isEqualTo(StepState.DONE);
        assertThat(peeringRoutes(onboarding, PEER_CIDR)).isEmpty();
        assertThat(peeringRoutes(onboarding, SECOND_CIDR)).containsOnlyKeys(privateTables);
        assertThat(ingress(onboarding, group)).containsExactlyInAnyOrderElementsOf(rules(SECOND_CIDR));
        assertThat(proxy.calls("DeleteRoute")).hasSize(privateTables.size());
        assertThat(proxy.calls("RevokeSecurityGroupIngress")).hasSize(Peering.CLIENT_PORTS.size());
        assertThat(proxy.calls("DeleteVpcPeeringConnection")).hasSize(1);
        assertThat(proxy.calls("DeleteSecurityGroup")).isEmpty();
        try (CustomerAccount byoc = administrator(onboarding)) {
            assertThat(byoc.ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx, secondPcx))
                    .vpcPeeringConnections()).extracting(c -> c.vpcPeeringConnectionId() + " " + c.status().code())
                    .containsExactlyInAnyOrder(pcx + " " + VpcPeeringConnectionStateReasonCode.DELETED,
                            secondPcx + " " + VpcPeeringConnectionStateReasonCode.ACTIVE);
        }

        // Removing the last peer takes our security group along, and leaves the deployment as it was.
        var onePeer = onboardings.getForVendor(onboarding.id());
        provisioning.changePeering(TestOnboardings.ORG, onePeer.id(), onePeer.version(), c -> c.withoutPeer(secondVpc));
        awaitRun(onboarding.id(), RunState.SUCCEEDED);
        assertThat(peeringRoutes(onboarding, SECOND_CIDR)).isEmpty();
        try (CustomerAccount byoc = administrator(onboarding)) {
            assertThat(byoc.ec2().describeSecurityGroups(r -> r.filters(Filter.builder().name("group-id")
                    .values(group).build())).securityGroups()).isEmpty();
            assertThat(byoc.ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(secondPcx))
                    .vpcPeeringConnections()).allSatisfy(c -> assertThat(c.status().code())
                    .isEqualTo(VpcPeeringConnectionStateReasonCode.DELETED));
            assertThat(byoc.ec2().describeVpcs(r -> r.vpcIds(recorded(onboarding.id(), "vpc"))).vpcs()).hasSize(1);
        }
        assertThat(provisioning.progress(onboarding.id()).steps()).filteredOn(s -> s.step().id().startsWith("peering-"))
                .allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.SKIPPED));
        assertThat(onboardings.getForVendor(onboarding.id()).state()).isEqualTo(OnboardingState.READY);
        // Each change is in the audit log, by the customer who made it.
        assertThat(audit.of(onboarding.id())).filteredOn(e -> e.action() == AuditAction.PEERING_CHANGED)
                .extracting(AuditEntry::after).containsExactly("", secondVpc, peerVpc + " " + secondVpc);
        // And each is a change request of its own, shown with the others, applied by its run.
        assertThat(changes.list(onboarding.id())).extracting(ChangeRequest::kind, ChangeRequest::state, ChangeRequest::after)
                .containsExactly(tuple(ChangeKind.PEERS, ChangeState.APPLIED, ""),
                        tuple(ChangeKind.PEERS, ChangeState.APPLIED, secondVpc),
                        tuple(ChangeKind.PEERS, ChangeState.APPLIED, peerVpc + ", " + secondVpc));
    }

    @Test
    void aRejectedPeeringFailsTheStepSayingSoAndRetryRequestsANewOne() {
        String peerVpc;
        try (CustomerAccount peer = peerAdministrator()) {
            peerVpc = peer.ec2().createVpc(r -> r.cidrBlock(PEER_CIDR)).vpc().vpcId();
        }
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, in -> peered(in, peerVpc));
        provisioning.start(onboarding.id());
        awaitStep(onboarding.id(), StepKind.PEERING_ACCEPTANCE, StepState.WAITING_FOR_YOU);
        String rejected = recorded(onboarding.id(), Peering.connection(peer(peerVpc)));
        try (CustomerAccount peer = peerAdministrator()) {
            peer.ec2().rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(rejected));
        }

        var failed = awaitStep(onboarding.id(), StepKind.PEERING_ACCEPTANCE, StepState.FAILED);
        assertThat(failed.error().key()).isEqualTo("provisioning.peering.ended.rejected");
        assertThat(failed.error().args()).startsWith(rejected, PEER_ACCOUNT, peerVpc);

        awaitNoStepRunning(onboarding.id());
        provisioning.retry(onboarding.id());
        awaitStep(onboarding.id(), StepKind.PEERING_ACCEPTANCE, StepState.WAITING_FOR_YOU);
        assertThat(recorded(onboarding.id(), Peering.connection(peer(peerVpc)))).isNotEqualTo(rejected);
    }

    @Test
    void anOverlappingPeerCidrIsRefusedBeforeAnyAwsCall() {
        var draft = TestOnboardings.withRole(onboardings,
                in -> peered(in, "vpc-0fedcba9876543210").withConnectivity(c -> c.withPeer(0, p -> p.withCidr("10.0.128.0/20"))),
                TestOnboardings.fromTemplate(iac));
        proxy.reset();

        assertThatThrownBy(() -> onboardings.submit(TestOnboardings.ORG, draft.id(), draft.version()))
                .isInstanceOf(SubmissionRefusedException.class).hasMessageContaining("PEER-004");
        assertThat(proxy.calls()).isEmpty();
        assertThat(provisioning.progress(draft.id()).state()).isNull();
    }

    static OnboardingInputs peered(OnboardingInputs in, String peerVpc) {
        return TestOnboardings.newVpc(in).withConnectivity(c -> c.withPeeringEnabled(true).withPeers(List.of(peer(peerVpc))));
    }

    static VpcPeer peer(String vpcId) {
        return peer(vpcId, PEER_CIDR);
    }

    static VpcPeer peer(String vpcId, String cidr) {
        return new VpcPeer(PEER_ACCOUNT, vpcId, cidr);
    }

    /** The inbound rules the peer CIDR gets, as {@link #ingress} reads them. */
    static List<String> rules(String cidr) {
        return Peering.CLIENT_PORTS.stream().map(port -> cidr + " tcp/" + port).toList();
    }

    /** Per BYOC route table, the peering connections its routes to {@code cidr} go to. */
    Map<String, List<String>> peeringRoutes(Onboarding onboarding, String cidr) {
        try (CustomerAccount byoc = administrator(onboarding)) {
            return byoc.ec2().describeRouteTables().routeTables().stream()
                    .filter(t -> t.routes().stream().anyMatch(r -> cidr.equals(r.destinationCidrBlock())))
                    .collect(Collectors.toMap(t -> t.routeTableId(), t -> t.routes().stream()
                            .filter(r -> cidr.equals(r.destinationCidrBlock()))
                            .map(r -> r.vpcPeeringConnectionId()).toList()));
        }
    }

    /** The group's inbound rules, as "cidr tcp/port", read back with the SDK. */
    List<String> ingress(Onboarding onboarding, String groupId) {
        try (CustomerAccount byoc = administrator(onboarding)) {
            return byoc.ec2().describeSecurityGroupRules(r -> r.filters(Filter.builder().name("group-id").values(groupId)
                            .build())).securityGroupRules().stream().filter(rule -> !rule.isEgress())
                    .map(PeeringRunIT::text).toList();
        }
    }

    private static String text(SecurityGroupRule rule) {
        return rule.cidrIpv4() + " " + rule.ipProtocol() + "/" + rule.fromPort();
    }

    String recorded(OnboardingId id, String logicalName) {
        return provisioning.progress(id).resources().stream().filter(r -> r.logicalName().equals(logicalName)
                        && r.deletedAt() == null).findFirst().orElseThrow(() -> new AssertionError("not recorded: " + logicalName))
                .resourceId();
    }

    CustomerAccount peerAdministrator() {
        return MotoFixture.administrator(aws, PEER_ACCOUNT);
    }

    CustomerAccount administrator(Onboarding onboarding) {
        return MotoFixture.administrator(aws, onboarding.inputs().account().accountId());
    }

    StepProgress awaitStep(OnboardingId id, StepKind step, StepState state) {
        ProvisioningRunIT.await(provisioning, () -> stepOf(id, step).state() == state, id, step.id() + " " + state);
        return stepOf(id, step);
    }

    StepProgress stepOf(OnboardingId id, StepKind step) {
        return provisioning.progress(id).steps().stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    void awaitNoStepRunning(OnboardingId id) {
        ProvisioningRunIT.await(provisioning, () -> provisioning.progress(id).steps().stream()
                .noneMatch(s -> s.state() == StepState.RUNNING), id, "no step running");
    }

    void awaitState(OnboardingId id, OnboardingState state) {
        ProvisioningRunIT.await(provisioning, () -> onboardings.getForVendor(id).state() == state, id, "state " + state);
    }

    void awaitRun(OnboardingId id, RunState state) {
        ProvisioningRunIT.await(provisioning, () -> provisioning.progress(id).state() == state, id, "run " + state);
    }
}
