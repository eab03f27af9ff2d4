package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.provisioning.ExistingVpcs.Broken;
import com.byoconboard.validation.Fix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pre-flight against a customer-managed VPC prepared in moto: the right one passes (and provisions), and each way
 * of getting it wrong fails the check of the guide's rule that catches it, with the rule's message and fix as the
 * wizard shows them.
 */
@SpringBootTest
@MotoBacked
class ExistingVpcPreflightIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    AwsClients aws;

    private AwsProxy proxy;

    @BeforeEach
    void emptyAccount() {
        proxy = MotoFixture.fresh();
    }

    @Test
    void aPreparedVpcPassesPreflightAndIsProvisionedTaggedAndUntaggedAgainByARoleWithoutVpcWrite() {
        var onboarding = onboardingFor(prepareVpc(Broken.NOTHING, 11), true);
        assertThat(onboarding.inputs().bootstrapRole().allowVpcWrite()).isFalse();
        proxy.reset();

        var report = provisioning.preflight(onboarding.id());
        assertThat(report.failures()).isEmpty();
        assertThat(report.checks()).extracting(CheckResult::check).containsSubsequence("existing-vpc", "subnets-exist",
                "EVPC-004", "EVPC-005", "EVPC-007", "EVPC-008", "EVPC-009", "EVPC-010", "EVPC-011");
        assertThat(report.checks()).filteredOn(c -> c.check().startsWith("EVPC-")).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckResult.Status.PASS);
            assertThat(c.evidence()).isEqualTo(Message.of("provisioning.check.rule.pass"));
            assertThat(c.title().key()).isEqualTo("rule." + c.check() + ".description");
        });

        provisioning.start(onboarding.id());
        await(onboarding, OnboardingState.READY);
        var progress = provisioning.progress(onboarding.id());
        assertThat(progress.steps()).filteredOn(s -> s.step() == StepKind.VPC).extracting(StepProgress::state)
                .containsExactly(StepState.SKIPPED);
        try (CustomerAccount account = customer()) {
            assertThat(TagInventory.of(account, onboarding.id()).get(ResourceType.SUBNET)).hasSize(3);
        }

        provisioning.tearDown(onboarding.id());
        await(onboarding, OnboardingState.TORN_DOWN);
        assertThat(proxy.calls().stream().filter(c -> EC2_API_VERSION.equals(c.params().get("Version")))
                .map(AwsProxy.Call::action).filter(EC2_WRITE.asPredicate()).distinct())
                .as("no EC2 write but our tags").containsOnly("CreateTags", "DeleteTags");
        try (CustomerAccount account = customer()) {
            assertThat(TagInventory.of(account, onboarding.id())).isEmpty();
            assertThat(account.ec2().describeVpcs(r -> r.vpcIds(onboarding.inputs().network().existingVpcId())).vpcs())
                    .as("the customer's VPC itself stays").hasSize(1);
        }
    }

    @Test
    void aSubnetWithoutTheInternalElbTagFailsEvpc010WithTheCreateTagsCommandForThatSubnet() {
        var vpc = prepareVpc(Broken.MISSING_TAG, 12);
        var failure = onlyFailure(preflightOf(vpc), "EVPC-010");
        String untagged = vpc.subnets().get(1).subnetId();
        assertThat(failure.evidence()).isEqualTo(Message.of("rule.EVPC-010.untagged", untagged));
        assertThat(command(failure)).isEqualTo("aws ec2 create-tags --region us-east-1 --resources " + untagged
                + " --tags Key=kubernetes.io/role/internal-elb,Value=1");
    }

    @Test
    void twoSubnetsFailEvpc004ProposingASubnetInAThirdZone() {
        var failure = onlyFailure(preflightOf(prepareVpc(Broken.TWO_SUBNETS, 13)), "EVPC-004");
        assertThat(failure.evidence()).isEqualTo(Message.of("rule.EVPC-004.tooFew", 2));
        assertThat(command(failure)).startsWith("aws ec2 create-subnet --region us-east-1").contains("--cidr-block 10.13.4.0/23");
    }

    @Test
    void aSlash24SubnetTypedAsSlash23FailsEvpc007OnWhatTheAccountHolds() {
        var vpc = prepareVpc(Broken.SMALL_SUBNET, 14);
        assertThat(vpc.subnets().get(2).cidr()).as("as typed").isEqualTo("10.14.4.0/23");
        var failure = onlyFailure(preflightOf(vpc), "EVPC-007");
        assertThat(failure.evidence()).isEqualTo(Message.of("rule.EVPC-007.tooSmall", "10.14.4.0/24", 24));
        assertThat(command(failure)).contains("--availability-zone-id " + vpc.subnets().get(2).azId() + " --cidr-block 10.14.6.0/23");
    }

    @Test
    void aVpcWithoutAnS3GatewayEndpointFailsEvpc010WithTheCommandForItsPrivateRouteTable() {
        var vpc = prepareVpc(Broken.NO_S3_ENDPOINT, 15);
        var failure = onlyFailure(preflightOf(vpc), "EVPC-010");
        assertThat(failure.evidence()).isEqualTo(Message.of("rule.EVPC-010.noS3Endpoint", vpc.vpcId()));
        assertThat(command(failure)).isEqualTo("aws ec2 create-vpc-endpoint --region us-east-1 --vpc-id " + vpc.vpcId()
                + " --vpc-endpoint-type Gateway --service-name com.amazonaws.us-east-1.s3 --route-table-ids " + vpc.routeTableId());
    }

    @Test
    void subnetsWithoutADefaultRouteFailEvpc011WithTheCreateRouteCommandForTheirTable() {
        var vpc = prepareVpc(Broken.NO_EGRESS, 16);
        var failure = onlyFailure(preflightOf(vpc), "EVPC-011");
        assertThat(failure.evidence().key()).isEqualTo("rule.EVPC-011.noEgress");
        assertThat(command(failure)).isEqualTo("aws ec2 create-route --region us-east-1 --route-table-id " + vpc.routeTableId()
                + " --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway-id>");
    }

    @Test
    void aRunOnAnUntaggedVpcStopsAtPreflightWithTheRulesMessageAndItsCommandInTheJournal() {
        var vpc = prepareVpc(Broken.MISSING_TAG, 17);
        var onboarding = onboardingFor(vpc, true);
        provisioning.start(onboarding.id());
        await(onboarding, OnboardingState.FAILED);
        var preflight = provisioning.progress(onboarding.id()).steps().stream().filter(s -> s.step() == StepKind.PREFLIGHT)
                .findFirst().orElseThrow();
        assertThat(preflight.error()).isEqualTo(Message.of("rule.EVPC-010.untagged", vpc.subnets().get(1).subnetId()));
        assertThat(preflight.fix()).get().extracting(Fix::text).asString().startsWith("aws ec2 create-tags");
    }

    @Test
    void aRunOnAVpcBrokenTwoWaysStopsAtPreflightNamingBothChecksAndLogsEachWithItsCommand() {
        ExistingVpcs.Prepared vpc;
        try (CustomerAccount account = customer()) {
            vpc = ExistingVpcs.prepare(account, EnumSet.of(Broken.MISSING_TAG, Broken.NO_EGRESS), 18);
        }
        var onboarding = onboardingFor(vpc, true);
        provisioning.start(onboarding.id());
        await(onboarding, OnboardingState.FAILED);
        var progress = provisioning.progress(onboarding.id());
        var preflight = progress.steps().stream().filter(s -> s.step() == StepKind.PREFLIGHT).findFirst().orElseThrow();

        assertThat(preflight.error()).isEqualTo(Message.of("provisioning.check.failures", 2, "EVPC-010, EVPC-011"));
        assertThat(progress.log()).filteredOn(e -> e.level() == LogEntry.Level.ERROR).extracting(LogEntry::message)
                .contains(Message.of("rule.EVPC-010.untagged", vpc.subnets().get(1).subnetId()))
                .anySatisfy(m -> assertThat(m.key()).isEqualTo("rule.EVPC-011.noEgress"))
                .anySatisfy(m -> assertThat(m.args().toString()).contains("aws ec2 create-tags"))
                .anySatisfy(m -> assertThat(m.args().toString()).contains("aws ec2 create-route"));
    }

    private PreflightReport preflightOf(ExistingVpcs.Prepared vpc) {
        return provisioning.preflight(onboardingFor(vpc, false).id());
    }

    /** The one failed check, named by the rule that failed. */
    private static CheckResult onlyFailure(PreflightReport report, String ruleId) {
        assertThat(report.failures()).extracting(CheckResult::check).containsExactly(ruleId);
        return report.failures().getFirst();
    }

    private static String command(CheckResult failure) {
        return failure.command().filter(f -> f.kind() == Fix.Kind.AWS_CLI).map(Fix::text)
                .orElseThrow(() -> new AssertionError("no AWS CLI fix on " + failure));
    }

    /** The Version parameter of every EC2 query request (IAM's is 2010-05-08). */
    private static final String EC2_API_VERSION = "2016-11-15";
    /** EC2 calls that change something (creates, deletes, associations, attributes). */
    private static final java.util.regex.Pattern EC2_WRITE = java.util.regex.Pattern.compile(
            "^(Create|Delete|Modify|Associate|Disassociate|Attach|Detach|Allocate|Release|Replace|Authorize|Revoke).*");

    /** The customer brings the VPC, so the role they create has no VPC write (ROLE-004 allows that here). */
    private Onboarding onboardingFor(ExistingVpcs.Prepared vpc, boolean approve) {
        java.util.function.UnaryOperator<OnboardingInputs> inputs = in -> TestOnboardings.newVpc(in)
                .withBootstrapRole(r -> r.withAllowVpcWrite(false))
                .withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withExistingVpcId(vpc.vpcId()).withExistingVpcCidr(vpc.cidr())
                        .withExistingSubnets(vpc.subnets()));
        return approve ? TestOnboardings.approved(onboardings, iac, inputs)
                : TestOnboardings.withRole(onboardings, inputs, TestOnboardings.fromTemplate(iac));
    }

    private ExistingVpcs.Prepared prepareVpc(Broken broken, int octet) {
        try (CustomerAccount account = customer()) {
            return ExistingVpcs.prepare(account, EnumSet.of(broken), octet);
        }
    }

    /** The customer's own administrator: prepares the VPC before our role exists, and checks it afterwards. */
    private CustomerAccount customer() {
        return MotoFixture.administrator(aws, TestOnboardings.ACCOUNT);
    }

    private void await(Onboarding onboarding, OnboardingState state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (onboardings.getForVendor(onboarding.id()).state() != state) {
            assertThat(Instant.now()).as("waiting for " + state + ": " + provisioning.progress(onboarding.id()).log())
                    .isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
