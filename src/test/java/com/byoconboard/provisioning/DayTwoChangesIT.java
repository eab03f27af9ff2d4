package com.byoconboard.provisioning;

import com.byoconboard.api.ApiClient;
import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.PublicAccess;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeRefusedException;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AuditAction;
import com.byoconboard.support.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Day-2 changes of a ready onboarding on moto with IAM enforced: the allow-list and the maintenance window change
 * through the service and through the API, each applied by a run of only its own step, read back in the account;
 * an existing VPC gets a subnet after pre-flight refused a bad one and support approved; the CIDR never changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MotoBacked
class DayTwoChangesIT {

    @LocalServerPort
    int port;
    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    ChangeService changes;
    @Autowired
    AwsClients aws;
    @Autowired
    AuditLog audit;

    AwsProxy proxy;

    @BeforeEach
    void emptyAccounts() {
        proxy = MotoFixture.fresh();
    }

    @Test
    void theAllowListAndTheMaintenanceWindowChangeThroughTheServiceAndTheApiEachByARunOfOnlyItsStep() {
        var onboarding = TestOnboardings.ready(onboardings, iac, provisioning);
        var id = onboarding.id();
        assertThat(allowListRules(onboarding)).containsExactlyInAnyOrder("203.0.113.0/24 8443", "203.0.113.0/24 9440");
        var resourcesBefore = provisioning.progress(id).resources().stream().filter(r -> r.step() != StepKind.PUBLIC_ACCESS)
                .map(RecordedResource::resourceId).toList();

        // Through the service: an entry replaced by a single address.
        var since = Instant.now();
        proxy.reset();
        var change = changes.propose(TestOnboardings.ORG, id, in -> in.withConnectivity(c -> c.withAllowList(List.of("198.51.100.7"))));
        assertThat(change.kind()).isEqualTo(ChangeKind.ALLOW_LIST);
        awaitApplied(id, change.id());
        assertThat(allowListRules(onboarding)).containsExactlyInAnyOrder("198.51.100.7/32 8443", "198.51.100.7/32 9440");
        assertThat(stepsLoggedSince(id, since)).containsExactly(StepKind.PUBLIC_ACCESS);
        assertThat(proxy.calls()).extracting(AwsProxy.Call::action).filteredOn(a -> a.matches("^(Create|Delete|Put|Run).*"))
                .as("nothing but the rules changes").isEmpty();
        assertThat(proxy.calls("RevokeSecurityGroupIngress")).hasSize(2);
        assertThat(proxy.calls("AuthorizeSecurityGroupIngress")).hasSize(2);

        // Through the API: the maintenance window, then the allow-list emptied (private access needs a peer: refused).
        var customer = ApiClient.sandboxCustomer(port);
        String path = "/api/v1/onboardings/" + id.value() + "/changes";
        since = Instant.now();
        var proposed = customer.post(path, "{\"maintenanceWindow\":{\"weekday\":\"SUNDAY\",\"startTime\":\"03:30\","
                + "\"timeZone\":\"Asia/Tokyo\"}}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        var maintenance = UUID.fromString(json(proposed).get("id").asString());
        assertThat(json(proposed).get("kind").asString()).isEqualTo("MAINTENANCE_WINDOW");
        awaitApplied(id, maintenance);
        assertThat(json(customer.get(path + "/" + maintenance)).get("state").asString()).isEqualTo("APPLIED");
        assertThat(stepsLoggedSince(id, since)).containsExactly(StepKind.MAINTENANCE_WINDOW);
        try (CustomerAccount admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            String object = admin.s3().getObjectAsBytes(r -> r.bucket(Blueprint.of(onboarding).names().bucket())
                    .key(ResourceNames.MAINTENANCE_WINDOW_KEY)).asUtf8String();
            assertThat(object).contains("\"weekday\":\"SUNDAY\"", "\"startTime\":\"03:30\"", "\"timeZone\":\"Asia/Tokyo\"");
        }
        var refused = customer.post(path, "{\"allowList\":[]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("ruleIds").toString()).contains("ALLOW-006");

        var now = onboardings.getForVendor(id).inputs();
        assertThat(now.maintenance().weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(now.connectivity().allowList()).containsExactly("198.51.100.7");
        assertThat(provisioning.progress(id).resources().stream().filter(r -> r.step() != StepKind.PUBLIC_ACCESS)
                .map(RecordedResource::resourceId)).as("other resources untouched").containsExactlyElementsOf(resourcesBefore);
        assertThat(json(customer.get(path))).hasSize(2);
        assertThat(audit.of(id)).filteredOn(e -> e.action() == AuditAction.CHANGE_REQUEST).extracting(e -> e.after())
                .containsSubsequence("APPLIED", "APPLYING", "APPROVED", "PROPOSED");
    }

    @Test
    void theVpcCidrAndTheRegionAreRefusedSayingWhyThroughTheServiceAndTheApi() {
        var id = TestOnboardings.ready(onboardings, iac, provisioning).id();

        assertThatThrownBy(() -> changes.propose(TestOnboardings.ORG, id, in -> in.withNetwork(n -> n.withVpcCidr("10.9.0.0/16"))))
                .isInstanceOfSatisfying(ChangeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ChangeRefusedException.Reason.VPC_CIDR));
        var customer = ApiClient.sandboxCustomer(port);
        var answer = customer.post("/api/v1/onboardings/" + id.value() + "/changes", "{\"vpcCidr\":\"10.9.0.0/16\"}");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(json(answer).get("reason").asString()).isEqualTo("VPC_CIDR");
        assertThat(json(answer).get("detail").asString()).contains("cannot be changed after provisioning",
                "onboard a new deployment", "peer it instead");
        var region = customer.post("/api/v1/onboardings/" + id.value() + "/changes", "{\"region\":\"eu-west-1\"}",
                "Accept-Language", "ja");
        assertThat(json(region).get("detail").asString()).contains("リージョンはプロビジョニング後に変更できません");
        assertThat(changes.list(id)).isEmpty();
        assertThat(onboardings.getForVendor(id).inputs().network().vpcCidr()).isEqualTo("10.0.0.0/16");
    }

    @Test
    void aSubnetAddedToAnExistingVpcIsCheckedByPreflightReviewedBySupportAndTagged() {
        ExistingVpcs.Prepared vpc;
        String untagged;
        String tagged;
        try (CustomerAccount admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            vpc = ExistingVpcs.prepare(admin, EnumSet.of(ExistingVpcs.Broken.NOTHING), 31);
            untagged = admin.ec2().createSubnet(r -> r.vpcId(vpc.vpcId()).availabilityZoneId("use1-az1")
                    .cidrBlock("10.31.8.0/23")).subnet().subnetId();
            tagged = admin.ec2().createSubnet(r -> r.vpcId(vpc.vpcId()).availabilityZoneId("use1-az2")
                    .cidrBlock("10.31.10.0/23")).subnet().subnetId();
            admin.ec2().createTags(r -> r.resources(tagged).tags(Tag.builder().key(ResourceNames.INTERNAL_ELB_TAG).value("1").build()));
            admin.ec2().associateRouteTable(r -> r.routeTableId(vpc.routeTableId()).subnetId(untagged));
            admin.ec2().associateRouteTable(r -> r.routeTableId(vpc.routeTableId()).subnetId(tagged));
        }
        Onboarding onboarding = TestOnboardings.approved(onboardings, iac, in -> TestOnboardings.newVpc(in)
                .withBootstrapRole(r -> r.withAllowVpcWrite(false))
                .withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withExistingVpcId(vpc.vpcId())
                        .withExistingVpcCidr(vpc.cidr()).withExistingSubnets(vpc.subnets())));
        var id = onboarding.id();
        provisioning.start(id);
        TestOnboardings.awaitState(onboardings, provisioning, id, OnboardingState.READY);

        assertThatThrownBy(() -> changes.propose(TestOnboardings.ORG, id, withSubnet(untagged, "use1-az1", "10.31.8.0/23")))
                .isInstanceOfSatisfying(ChangeService.PreflightRefusedException.class, e -> {
                    assertThat(e.failingChecks()).containsExactly("EVPC-010");
                    assertThat(e.failures().getFirst().evidence()).isEqualTo(Message.of("rule.EVPC-010.untagged", untagged));
                });
        assertThat(changes.list(id)).isEmpty();

        // Support refuses one proposal, the customer withdraws the next; neither changes anything.
        var support = ApiClient.support(port);
        var first = changes.propose(TestOnboardings.ORG, id, withSubnet(tagged, "use1-az2", "10.31.10.0/23"));
        assertThat(first.state()).as("support reviews subnets").isEqualTo(ChangeState.PROPOSED);
        var refused = json(support.post("/api/v1/support/onboardings/" + id.value() + "/changes/" + first.id() + "/refuse",
                "{\"text\":\"Use a subnet in use1-az4\"}"));
        assertThat(refused.get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("comment").asString()).isEqualTo("Use a subnet in use1-az4");
        var second = changes.propose(TestOnboardings.ORG, id, withSubnet(tagged, "use1-az2", "10.31.10.0/23"));
        assertThat(changes.withdraw(TestOnboardings.ORG, id, second.id()).state()).isEqualTo(ChangeState.WITHDRAWN);
        assertThat(onboardings.getForVendor(id).inputs().network().existingSubnets()).hasSize(3);

        var since = Instant.now();
        var change = changes.propose(TestOnboardings.ORG, id, withSubnet(tagged, "use1-az2", "10.31.10.0/23"));
        var approved = support.post("/api/v1/support/onboardings/" + id.value() + "/changes/" + change.id() + "/approve", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        awaitApplied(id, change.id());

        assertThat(stepsLoggedSince(id, since)).containsExactly(StepKind.VERIFY_NETWORK);
        assertThat(onboardings.getForVendor(id).inputs().network().existingSubnets()).extracting(ExistingSubnet::subnetId)
                .contains(tagged);
        try (CustomerAccount admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            var tags = admin.ec2().describeSubnets(r -> r.subnetIds(tagged)).subnets().getFirst().tags();
            assertThat(tags).extracting(Tag::key).contains(ResourceNames.ONBOARDING_TAG);
        }
        assertThat(changes.get(id, change.id()).decidedBy()).hasValueSatisfying(by -> assertThat(by).isNotBlank());
    }

    private java.util.function.UnaryOperator<OnboardingInputs> withSubnet(String subnetId, String azId, String cidr) {
        return in -> in.withNetwork(n -> {
            var more = new ArrayList<>(n.existingSubnets());
            more.add(new ExistingSubnet(subnetId, azId, cidr));
            return n.withExistingSubnets(more);
        });
    }

    /** The inbound rules of the public endpoint's security group, as "cidr port", read as the account's administrator. */
    private List<String> allowListRules(Onboarding onboarding) {
        String groupId = provisioning.progress(onboarding.id()).resources().stream()
                .filter(r -> r.logicalName().equals(PublicAccess.SECURITY_GROUP) && r.deletedAt() == null)
                .findFirst().orElseThrow().resourceId();
        try (CustomerAccount admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            return admin.ec2().describeSecurityGroupRules(r -> r.filters(Filter.builder().name("group-id").values(groupId).build()))
                    .securityGroupRules().stream().filter(rule -> !Boolean.TRUE.equals(rule.isEgress()))
                    .map(rule -> rule.cidrIpv4() + " " + rule.fromPort()).toList();
        }
    }

    /** The steps that wrote to the run log since {@code since}: those the run ran. */
    private Set<StepKind> stepsLoggedSince(OnboardingId id, Instant since) {
        return provisioning.progress(id).log().stream().filter(e -> e.at().isAfter(since) && e.step() != null)
                .map(LogEntry::step).collect(Collectors.toSet());
    }

    private void awaitApplied(OnboardingId id, UUID change) {
        ProvisioningRunIT.await(provisioning, () -> changes.get(id, change).state() == ChangeState.APPLIED, id,
                "change " + change + " APPLIED");
    }
}
