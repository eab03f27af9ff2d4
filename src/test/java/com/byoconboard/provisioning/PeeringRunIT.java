package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.onboarding.SubmissionRefusedException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * VPC peering done for the customer, on moto with IAM enforced and two accounts: the app requests the peering from
 * the BYOC VPC through the customer's role, the test accepts it in the peer account as that account's
 * administrator (what the customer does), and the app notices, adds its routes and the security group rule.
 */
@SpringBootTest(properties = "byoc.provisioning.peering-acceptance-poll=100ms")
@MotoBacked
class PeeringRunIT {

    static final String PEER_ACCOUNT = "111122223333";
    static final String PEER_CIDR = "172.16.0.0/16";

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;

    AwsProxy proxy;

    @BeforeEach
    void emptyAccounts() {
        proxy = MotoFixture.fresh();
    }

    @Test
    void thePeeringIsRequestedAcceptedByThePeerRoutedAndAdmittedAndRemovingThePeerRemovesExactlyThat() {
        String peerVpc;
        try (CustomerAccount peer = peerAdministrator()) {
            peerVpc = peer.ec2().createVpc(r -> r.cidrBlock(PEER_CIDR)).vpc().vpcId();
        }
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, in -> peered(in, peerVpc));
        var plan = provisioning.plan(onboarding);

        provisioning.start(onboarding.id());
        var waiting = awaitStep(onboarding.id(), StepKind.PEERING_ACCEPTANCE, StepState.WAITING_FOR_YOU);
        assertThat(waiting.error().key()).isEqualTo("provisioning.peering.waiting");
        String pcx = recorded(onboarding.id(), Peering.connection(peer(peerVpc)));
        assertThat(waiting.error().args()).containsExactly(pcx);

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
        var privateTables = plan.network().orElseThrow().privateRouteTables().stream()
                .map(t -> recorded(onboarding.id(), t)).toList();
        assertThat(peeringRoutes(onboarding)).containsOnlyKeys(privateTables)
                .allSatisfy((table, targets) -> assertThat(targets).containsExactly(pcx));
        String group = recorded(onboarding.id(), Peering.SECURITY_GROUP);
        assertThat(ingress(onboarding, group)).containsExactlyInAnyOrderElementsOf(
                Peering.CLIENT_PORTS.stream().map(port -> PEER_CIDR + " tcp/" + port).toList());

        // A second run finds everything (journal, then tags) and changes nothing.
        proxy.reset();
        provisioning.rerun(onboarding.id());
        awaitRun(onboarding.id(), RunState.SUCCEEDED);
        for (String create : List.of("CreateVpcPeeringConnection", "CreateRoute", "CreateSecurityGroup",
                "AuthorizeSecurityGroupIngress", "DeleteRoute", "RevokeSecurityGroupIngress")) {
            assertThat(proxy.calls(create)).as(create).isEmpty();
        }

        // A peer overlapping the BYOC VPC is refused before anything reaches AWS.
        proxy.reset();
        var ready = onboardings.getForVendor(onboarding.id());
        assertThatThrownBy(() -> onboardings.changePeering(TestOnboardings.ORG, ready.id(), ready.version(),
                c -> c.withPeers(List.of(peer(peerVpc), new VpcPeer(PEER_ACCOUNT, "vpc-0fedcba9876543210", "10.0.64.0/20")))))
                .isInstanceOf(SubmissionRefusedException.class).hasMessageContaining("PEER-004");
        assertThat(proxy.calls()).isEmpty();

        // Removing the peer removes its routes, rule and connection, and nothing else.
        onboardings.changePeering(TestOnboardings.ORG, ready.id(), ready.version(), c -> c.withPeeringEnabled(false));
        provisioning.rerun(onboarding.id());
        awaitRun(onboarding.id(), RunState.SUCCEEDED);
        assertThat(peeringRoutes(onboarding)).isEmpty();
        try (CustomerAccount byoc = administrator(onboarding)) {
            assertThat(byoc.ec2().describeSecurityGroups(r -> r.filters(Filter.builder().name("group-id")
                    .values(group).build())).securityGroups()).isEmpty();
            assertThat(byoc.ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx))
                    .vpcPeeringConnections()).allSatisfy(c -> assertThat(c.status().code())
                    .isEqualTo(VpcPeeringConnectionStateReasonCode.DELETED));
            assertThat(byoc.ec2().describeVpcs(r -> r.vpcIds(recorded(onboarding.id(), "vpc"))).vpcs()).hasSize(1);
        }
        assertThat(provisioning.progress(onboarding.id()).steps()).filteredOn(s -> s.step().id().startsWith("peering-"))
                .allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.SKIPPED));
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
        return new VpcPeer(PEER_ACCOUNT, vpcId, PEER_CIDR);
    }

    /** Per BYOC route table, the peering connections its routes to the peer CIDR go to. */
    Map<String, List<String>> peeringRoutes(Onboarding onboarding) {
        try (CustomerAccount byoc = administrator(onboarding)) {
            return byoc.ec2().describeRouteTables().routeTables().stream()
                    .filter(t -> t.routes().stream().anyMatch(r -> PEER_CIDR.equals(r.destinationCidrBlock())))
                    .collect(Collectors.toMap(t -> t.routeTableId(), t -> t.routes().stream()
                            .filter(r -> PEER_CIDR.equals(r.destinationCidrBlock()))
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

    private StepProgress stepOf(OnboardingId id, StepKind step) {
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
