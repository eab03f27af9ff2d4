package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pre-flight against a customer-managed VPC prepared in moto: the right one passes (and provisions), and
 * each way of getting it wrong fails its own named check with its own message.
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

    @BeforeEach
    void emptyAccount() {
        MotoFixture.fresh();
    }

    /** What to get wrong when preparing the VPC. */
    enum Broken { NOTHING, MISSING_TAG, TWO_SUBNETS, SMALL_SUBNET, NO_S3_ENDPOINT }

    @Test
    void aPreparedVpcPassesPreflightAndIsProvisionedTaggedAndUntaggedAgain() {
        var onboarding = onboardingFor(prepareVpc(Broken.NOTHING, 11), true);

        var report = provisioning.preflight(onboarding.id());
        assertThat(report.failures()).isEmpty();
        assertThat(report.checks()).extracting(CheckResult::check).contains("existing-vpc", "subnets-exist",
                "subnets-three-azs", "subnets-size", "subnets-internal-elb-tag", "s3-gateway-endpoint", "private-egress");

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
        try (CustomerAccount account = customer()) {
            assertThat(TagInventory.of(account, onboarding.id())).isEmpty();
            assertThat(account.ec2().describeVpcs(r -> r.vpcIds(onboarding.inputs().network().existingVpcId())).vpcs())
                    .as("the customer's VPC itself stays").hasSize(1);
        }
    }

    @Test
    void aSubnetWithoutTheInternalElbTagFailsThatCheckNamingTheSubnet() {
        var report = preflightOf(Broken.MISSING_TAG, 12);
        assertThat(failed(report)).containsExactly("subnets-internal-elb-tag");
        assertThat(report.failures().getFirst().evidence().key()).isEqualTo("provisioning.check.subnets-internal-elb-tag.fail");
        assertThat(report.failures().getFirst().evidence().args().getFirst()).startsWith("subnet-");
    }

    @Test
    void twoSubnetsFailTheThreeZonesCheck() {
        var report = preflightOf(Broken.TWO_SUBNETS, 13);
        assertThat(failed(report)).containsExactly("subnets-three-azs");
        assertThat(report.failures().getFirst().evidence()).isEqualTo(Message.of("provisioning.check.subnets-three-azs.fail", 2, 2));
    }

    @Test
    void aSlash24SubnetFailsTheSizeCheckNamingItsCidr() {
        var report = preflightOf(Broken.SMALL_SUBNET, 14);
        assertThat(failed(report)).containsExactly("subnets-size");
        assertThat(report.failures().getFirst().evidence().args().getFirst()).endsWith("10.14.4.0/24");
    }

    @Test
    void aVpcWithoutAnS3GatewayEndpointFailsThatCheck() {
        var report = preflightOf(Broken.NO_S3_ENDPOINT, 15);
        assertThat(failed(report)).containsExactly("s3-gateway-endpoint");
        assertThat(report.failures().getFirst().fix().key()).isEqualTo("provisioning.check.s3-gateway-endpoint.fix");
    }

    private PreflightReport preflightOf(Broken broken, int octet) {
        return provisioning.preflight(onboardingFor(prepareVpc(broken, octet), false).id());
    }

    private static List<String> failed(PreflightReport report) {
        return report.failures().stream().map(CheckResult::check).toList();
    }

    record Prepared(String vpcId, String cidr, List<ExistingSubnet> subnets) {
    }

    /** A VPC 10.{octet}.0.0/16 with three private /23 subnets in three AZs, egress, and an S3 endpoint, unless broken. */
    private Prepared prepareVpc(Broken broken, int octet) {
        try (CustomerAccount account = customer()) {
            Ec2Client ec2 = account.ec2();
            String vpcId = ec2.createVpc(r -> r.cidrBlock("10." + octet + ".0.0/16")).vpc().vpcId();
            String igw = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
            ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
            String rtb = ec2.createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
            ec2.createRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
            var subnets = new ArrayList<ExistingSubnet>();
            int count = broken == Broken.TWO_SUBNETS ? 2 : 3;
            for (int i = 0; i < count; i++) {
                String az = TestOnboardings.AZ_IDS.get(i);
                String cidr = broken == Broken.SMALL_SUBNET && i == 2 ? "10." + octet + ".4.0/24" : "10." + octet + "." + (i * 2) + ".0/23";
                boolean tagged = !(broken == Broken.MISSING_TAG && i == 1);
                String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).availabilityZoneId(az).cidrBlock(cidr)).subnet().subnetId();
                if (tagged) {
                    ec2.createTags(r -> r.resources(subnetId).tags(Tag.builder().key("kubernetes.io/role/internal-elb").value("1").build()));
                }
                ec2.associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnetId));
                subnets.add(new ExistingSubnet(subnetId, az, cidr));
            }
            if (broken != Broken.NO_S3_ENDPOINT) {
                ec2.createVpcEndpoint(r -> r.vpcId(vpcId).serviceName("com.amazonaws.us-east-1.s3")
                        .vpcEndpointType(VpcEndpointType.GATEWAY).routeTableIds(rtb));
            }
            assertThat(ec2.describeSubnets(r -> r.filters(Filter.builder().name("vpc-id").values(vpcId).build()))
                    .subnets()).hasSize(count);
            return new Prepared(vpcId, "10." + octet + ".0.0/16", subnets);
        }
    }

    private Onboarding onboardingFor(Prepared vpc, boolean approve) {
        java.util.function.UnaryOperator<OnboardingInputs> inputs = in -> TestOnboardings.newVpc(in)
                .withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withExistingVpcId(vpc.vpcId()).withExistingVpcCidr(vpc.cidr())
                        .withExistingSubnets(vpc.subnets()));
        return approve ? TestOnboardings.approved(onboardings, iac, inputs)
                : TestOnboardings.withRole(onboardings, inputs, TestOnboardings.fromTemplate(iac));
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
