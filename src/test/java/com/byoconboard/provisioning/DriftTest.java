package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The drift check's comparison of what the journal recorded with what the account showed. */
class DriftTest {

    static final String ONBOARDING = "5f0c1d2e-0000-4000-8000-000000000001";
    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    static final Map<String, String> OURS = Map.of(ResourceNames.ONBOARDING_TAG, ONBOARDING);

    @Test
    void anAccountHoldingExactlyWhatWasRecordedIsClean() {
        var report = compare(List.of(
                looked(ResourceType.VPC, "vpc-1", "vpc", StepKind.VPC, found(OURS, "10.0.0.0/16")),
                looked(ResourceType.SUBNET, "subnet-1", "subnet-private-use1-az1", StepKind.SUBNETS, found(OURS, "10.0.0.0/18")),
                looked(ResourceType.S3_BUCKET, "bucket", "data-bucket", StepKind.DATA_BUCKET, Drift.Found.plain())),
                List.of(new Drift.Tagged(ResourceType.VPC, "vpc-1", "vpc"), new Drift.Tagged(ResourceType.SUBNET, "subnet-1", "")));

        assertThat(report.clean()).isTrue();
        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.repairSteps()).isEmpty();
    }

    @Test
    void aDeletedSubnetIsMissingWithItsRouteTableAssociationAndRepairRunsTheirStepsAndTheStepsAfterThem() {
        var report = compare(List.of(
                looked(ResourceType.SUBNET, "subnet-1", "subnet-private-use1-az1", StepKind.SUBNETS, new Drift.Absent()),
                // moto keeps the association of a deleted subnet; AWS drops it with the subnet.
                looked(ResourceType.ROUTE_TABLE_ASSOCIATION, "rtbassoc-1", Planner.association("subnet-private-use1-az1"),
                        StepKind.ROUTE_TABLES, Drift.Found.plain())), List.of());

        assertThat(report.findings()).containsExactly(
                new DriftFinding.Missing(ResourceType.SUBNET, "subnet-1", "subnet-private-use1-az1", StepKind.SUBNETS, true),
                new DriftFinding.Missing(ResourceType.ROUTE_TABLE_ASSOCIATION, "rtbassoc-1",
                        "rtbassoc-subnet-private-use1-az1", StepKind.ROUTE_TABLES, true));
        assertThat(report.repairSteps()).contains(StepKind.SUBNETS, StepKind.NAT_GATEWAY, StepKind.ROUTE_TABLES,
                StepKind.EKS_CLUSTER, StepKind.ENDPOINTS).doesNotContain(StepKind.PREFLIGHT, StepKind.VPC,
                StepKind.INTERNET_GATEWAY, StepKind.DATA_BUCKET);
    }

    @Test
    void somethingTaggedWithTheOnboardingThatTheJournalDoesNotHoldIsExtraAndNotRepaired() {
        var report = compare(List.of(looked(ResourceType.VPC, "vpc-1", "vpc", StepKind.VPC, found(OURS, "10.0.0.0/16"))),
                List.of(new Drift.Tagged(ResourceType.SECURITY_GROUP, "sg-9", "")));

        assertThat(report.findings()).containsExactly(new DriftFinding.Extra(ResourceType.SECURITY_GROUP, "sg-9", ""));
        assertThat(report.repairSteps()).isEmpty();
    }

    @Test
    void aRemovedOwnershipTagIsAChangeWithTheCommandThatPutsItBack() {
        var report = compare(List.of(looked(ResourceType.NAT_GATEWAY, "nat-0abc", "nat-use1-az1", StepKind.NAT_GATEWAY,
                found(Map.of("Name", "x"), null))), List.of());

        assertThat(report.findings()).singleElement().isInstanceOfSatisfying(DriftFinding.Changed.class, c -> {
            assertThat(c.what().key()).isEqualTo("provisioning.drift.changed.tag");
            assertThat(c.fix().orElseThrow().text()).isEqualTo("aws ec2 create-tags --region us-east-1 --resources nat-0abc"
                    + " --tags Key=byoc:onboarding-id,Value=" + ONBOARDING + " Key=byoc:resource,Value=nat-use1-az1");
        });
        assertThat(report.repairSteps()).isEmpty();
    }

    @Test
    void aCidrOtherThanThePlannedOneIsAChange() {
        var report = compare(List.of(looked(ResourceType.SUBNET, "subnet-1", "subnet-private-use1-az1", StepKind.SUBNETS,
                found(OURS, "10.0.128.0/18"))), List.of());

        assertThat(report.findings()).singleElement().isInstanceOfSatisfying(DriftFinding.Changed.class, c ->
                assertThat(c.what()).isEqualTo(Message.of("provisioning.drift.changed.cidr", "10.0.128.0/18", "10.0.0.0/18")));
    }

    @Test
    void theCustomersOwnTaggedSubnetGoneIsMissingButNotOursToRepair() {
        var report = compare(List.of(looked(ResourceType.TAGS, "subnet-c", "existing-subnet-1", StepKind.VERIFY_NETWORK,
                new Drift.Absent()), looked(ResourceType.HOST_NAME, "db.example.com", "public-endpoint", StepKind.ENDPOINTS,
                new Drift.NotLooked())), List.of());

        assertThat(report.findings()).containsExactly(new DriftFinding.Missing(ResourceType.TAGS, "subnet-c",
                "existing-subnet-1", StepKind.VERIFY_NETWORK, false));
        assertThat(report.repairable()).isFalse();
    }

    private static DriftReport compare(List<Drift.Looked> looked, List<Drift.Tagged> tagged) {
        Map<String, String> planned = Map.of("vpc", "10.0.0.0/16", "subnet-private-use1-az1", "10.0.0.0/18");
        return Drift.compare(AT, looked, tagged, ONBOARDING, name -> Optional.ofNullable(planned.get(name)), "us-east-1");
    }

    private static Drift.Looked looked(ResourceType type, String id, String logical, StepKind step, Drift.Observed observed) {
        return new Drift.Looked(new RecordedResource(1, step, logical, type, id, null, AT, null), observed);
    }

    private static Drift.Found found(Map<String, String> tags, String cidr) {
        return new Drift.Found(Optional.of(tags), Optional.ofNullable(cidr));
    }
}
