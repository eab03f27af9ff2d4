package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Verify and Repair of a ready onboarding on moto, after the customer's administrator changed the account. */
@SpringBootTest
@MotoBacked
class DriftIT {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    DriftService drift;
    @Autowired
    AwsClients aws;

    final com.byoconboard.aws.AwsProxy proxy = MotoFixture.fresh();

    @Test
    void verifyFindsADeletedSubnetARemovedTagAndAnExtraTaggedResourceAndRepairRecreatesTheSubnetWithoutDuplicatingAnything() {
        var id = TestOnboardings.ready(onboardings, iac, provisioning).id();
        assertThat(drift.verify(id).clean()).isTrue();

        var subnet = provisioning.progress(id).resources().stream()
                .filter(r -> r.type() == ResourceType.SUBNET && r.logicalName().startsWith("subnet-private")).findFirst().orElseThrow();
        String vpcId = provisioning.progress(id).resources().stream().filter(r -> r.type() == ResourceType.VPC)
                .findFirst().orElseThrow().resourceId();
        var gateway = provisioning.progress(id).resources().stream().filter(r -> r.type() == ResourceType.INTERNET_GATEWAY)
                .findFirst().orElseThrow();
        String stray;
        try (var admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            // Behind the app's back: a subnet of ours deleted, our tag taken off the internet gateway, and something
            // new carrying the onboarding's tag.
            admin.ec2().deleteSubnet(r -> r.subnetId(subnet.resourceId()));
            admin.ec2().deleteTags(r -> r.resources(gateway.resourceId())
                    .tags(Tag.builder().key(ResourceNames.ONBOARDING_TAG).build()));
            stray = admin.ec2().createSecurityGroup(r -> r.groupName("stray").description("made by hand").vpcId(vpcId)
                    .tagSpecifications(TagSpecification.builder().resourceType("security-group").tags(
                            Tag.builder().key(ResourceNames.ONBOARDING_TAG).value(id.toString()).build()).build()))
                    .groupId();
        }

        var report = drift.verify(id);
        assertThat(report.findings()).contains(
                new DriftFinding.Missing(ResourceType.SUBNET, subnet.resourceId(), subnet.logicalName(), StepKind.SUBNETS, true),
                new DriftFinding.Extra(ResourceType.SECURITY_GROUP, stray, ""));
        // AWS drops a deleted subnet's route table association with it; nothing else is reported.
        assertThat(report.findings()).hasSize(4).anySatisfy(f -> assertThat(f.type()).isEqualTo(ResourceType.ROUTE_TABLE_ASSOCIATION));
        var retag = report.findings().stream().filter(f -> f instanceof DriftFinding.Changed).map(DriftFinding.Changed.class::cast)
                .findFirst().orElseThrow();
        assertThat(retag.resourceId()).isEqualTo(gateway.resourceId());
        assertThat(retag.fix().orElseThrow().text()).startsWith("aws ec2 create-tags --region us-east-1 --resources "
                + gateway.resourceId() + " --tags Key=byoc:onboarding-id,Value=" + id);
        assertThat(report.repairSteps()).contains(StepKind.SUBNETS, StepKind.ROUTE_TABLES).doesNotContain(StepKind.VPC);

        drift.repair(id);
        ProvisioningRunIT.await(provisioning, () -> provisioning.progress(id).state() == RunState.SUCCEEDED, id, "repaired");

        assertThat(onboardings.getForVendor(id).state()).isEqualTo(OnboardingState.READY);
        try (var admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            // The customer runs the fix the check gave them.
            admin.ec2().createTags(r -> r.resources(gateway.resourceId())
                    .tags(Tag.builder().key(ResourceNames.ONBOARDING_TAG).value(id.toString()).build()));
        }
        var after = drift.verify(id);
        assertThat(after.findings()).containsExactly(new DriftFinding.Extra(ResourceType.SECURITY_GROUP, stray, ""));
        var remade = provisioning.progress(id).resources().stream()
                .filter(r -> r.logicalName().equals(subnet.logicalName()) && r.deletedAt() == null).findFirst().orElseThrow();
        assertThat(remade.resourceId()).isNotEqualTo(subnet.resourceId());
        try (var admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            var inventory = TagInventory.of(admin, id);
            assertThat(inventory.get(ResourceType.SUBNET)).hasSize(6).contains(remade.resourceId());
            assertThat(inventory.get(ResourceType.VPC)).containsExactly(vpcId);
            assertThat(inventory.get(ResourceType.NAT_GATEWAY)).hasSize(3);
            assertThat(admin.ec2().describeRouteTables(r -> r.filters(f -> f.name("association.subnet-id")
                    .values(remade.resourceId()))).routeTables()).hasSize(1);
        }
    }
}
