package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.BootstrapRemoval;
import com.byoconboard.onboarding.OnboardingId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When an offboarding's verification passes, what it says when it does not, and the report. */
class OffboardingStatusTest {

    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void beforeAnyVerificationThereIsNothingToReport() {
        var status = status(Optional.empty(), List.of(), Optional.empty());
        assertThat(status.problems()).isEmpty();
        assertThat(status.passes()).isFalse();
    }

    @Test
    void aRoleThatCanStillBeAssumedFailsTheVerification() {
        var status = status(Optional.of(AT), List.of(), Optional.of(true));
        assertThat(status.problems()).extracting(Message::key).containsExactly("provisioning.offboarding.problem.role");
        assertThat(status.passes()).isFalse();
    }

    @Test
    void resourcesStillTaggedFailTheVerificationAndAreNamed() {
        var status = status(Optional.of(AT), List.of("SUBNET subnet-1", "VPC vpc-1"), Optional.of(false));
        assertThat(status.problems()).containsExactly(Message.of("provisioning.offboarding.problem.remaining", 2,
                "SUBNET subnet-1, VPC vpc-1"));
        assertThat(status.passes()).isFalse();
    }

    @Test
    void aRoleDeletedBeforeTheAppCouldLookForTaggedResourcesIsNotAPass() {
        var status = status(Optional.empty(), List.of(), Optional.of(false));
        assertThat(status.problems()).extracting(Message::key).containsExactly("provisioning.offboarding.problem.notSwept");
        assertThat(status.passes()).isFalse();
    }

    @Test
    void theRoleRefusedAndNothingTaggedLeftPasses() {
        var status = status(Optional.of(AT), List.of(), Optional.of(false));
        assertThat(status.problems()).isEmpty();
        assertThat(status.passes()).isTrue();
    }

    @Test
    void theReportListsEveryDeletedResourceWithWhenAndWhoAsked() {
        var status = new OffboardingStatus("alice", AT, Optional.of(AT), List.of(), Optional.of("alice"), Optional.of(AT),
                Optional.of(false), Optional.of(AT));
        var report = new OffboardingReport(new OnboardingId(UUID.fromString("5f0c1d2e-0000-4000-8000-000000000001")),
                "210987654321", "us-east-1", "arn:aws:iam::210987654321:role/R", status, List.of(
                new RecordedResource(1, StepKind.VPC, "vpc", ResourceType.VPC, "vpc-1", null, AT, AT.plusSeconds(60)),
                new RecordedResource(2, StepKind.VERIFY_NETWORK, "subnet|x", ResourceType.TAGS, "subnet-1", null, AT,
                        AT.plusSeconds(30))));

        String markdown = report.markdown((key, args) -> key.substring(key.lastIndexOf('.') + 1) + List.of(args));

        assertThat(markdown).contains("| VPC | `vpc-1` | vpc | resourceDeleted[] | 2026-12-04T10:00:00Z | 2026-12-04T10:01:00Z |")
                .contains("| TAGS | `subnet-1` | subnet\\|x | tagsRemoved[] |")
                .contains("requested[]**: byAt[alice, 2026-12-04T10:00:00Z]")
                .contains("roleGone[arn:aws:iam::210987654321:role/R, 2026-12-04T10:00:00Z]");
        assertThat(report.fileName()).isEqualTo("byoc-offboarding-5f0c1d2e-0000-4000-8000-000000000001.md");
    }

    @Test
    void theBootstrapRoleIsDeletedByTheStackOrTheModuleItWasCreatedWith() {
        var removal = BootstrapRemoval.in("eu-west-1");
        assertThat(removal.cloudFormation()).isEqualTo("aws cloudformation delete-stack --region eu-west-1 --stack-name"
                + " ClickHouseBootstrapRole\naws cloudformation wait stack-delete-complete --region eu-west-1"
                + " --stack-name ClickHouseBootstrapRole");
        assertThat(removal.terraform()).isEqualTo("cd terraform && terraform destroy");
        assertThat(removal.terraformModule()).isEqualTo("terraform destroy -target=module.clickhouse_onboarding");
    }

    private static OffboardingStatus status(Optional<Instant> swept, List<String> remaining, Optional<Boolean> assumable) {
        return new OffboardingStatus("alice", AT, swept, remaining, assumable.map(a -> "alice"),
                assumable.map(a -> AT), assumable, Optional.empty());
    }
}
