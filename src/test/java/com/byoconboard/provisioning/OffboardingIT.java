package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AuditEntry;
import com.byoconboard.support.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ready onboarding offboarded on moto: torn down, the role deleted as the customer would, verified, reported. */
@SpringBootTest
@MotoBacked
class OffboardingIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    OffboardingService offboarding;
    @Autowired
    AwsClients aws;
    @Autowired
    AuditLog audit;

    final AwsProxy proxy = MotoFixture.fresh();

    @Test
    void offboardingFailsVerificationWhileTheRoleExistsAndEndsOffboardedWithAReportOnceTheCustomerDeletedIt() {
        MotoFixture.refuseAssumingMissingRoles();
        var onboarding = TestOnboardings.ready(onboardings, iac, provisioning);
        var id = onboarding.id();
        var toDelete = offboarding.toDelete(id);
        assertThat(toDelete).hasSizeGreaterThan(20);

        offboarding.start(id);
        TestOnboardings.awaitState(onboardings, provisioning, id, OnboardingState.TORN_DOWN);

        var notYet = offboarding.verify(id);
        assertThat(notYet.completed()).isFalse();
        assertThat(notYet.roleAssumable()).contains(true);
        assertThat(notYet.remaining()).isEmpty();
        assertThat(notYet.problems()).extracting(Message::key).containsExactly("provisioning.offboarding.problem.role");
        assertThat(onboardings.getForVendor(id).state()).isEqualTo(OnboardingState.TORN_DOWN);

        MotoFixture.deleteRoleStack(onboarding);
        try (var admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            assertThatThrownBy(() -> admin.iam().getRole(r -> r.roleName("ClickHouseManagementRole")))
                    .isInstanceOf(NoSuchEntityException.class);
        }

        var done = offboarding.verify(id);
        assertThat(done.problems()).isEmpty();
        assertThat(done.completed()).isTrue();
        assertThat(onboardings.getForVendor(id).state()).isEqualTo(OnboardingState.OFFBOARDED);

        // The audit trail stays, with the last move and who verified it.
        assertThat(audit.of(id)).extracting(AuditEntry::after).contains("READY", "TORN_DOWN", "OFFBOARDED");
        assertThat(audit.of(id)).filteredOn(e -> e.after().equals("OFFBOARDED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).contains("provisioning-test"));

        var report = offboarding.report(id);
        assertThat(report.deleted()).extracting(RecordedResource::resourceId)
                .containsExactlyInAnyOrderElementsOf(toDelete.stream().map(RecordedResource::resourceId).toList());
        String markdown = report.markdown((key, args) -> key + java.util.Arrays.toString(args));
        assertThat(markdown).contains("provisioning-test", TestOnboardings.ROLE_ARN);
        toDelete.forEach(r -> assertThat(markdown).contains("`" + r.resourceId() + "`"));
    }
}
