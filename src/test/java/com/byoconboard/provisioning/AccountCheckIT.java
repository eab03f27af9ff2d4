package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.provisioning.ExistingVpcs.Broken;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.util.EnumSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Check my account now" on moto with IAM enforced: a customer whose existing VPC lacks a subnet's
 * internal-elb tag and a route to the internet sees, before submitting, both failing checks with their
 * commands, the picture marking the untagged subnet, and the account's AZ names; Submit is refused until the
 * account is fixed, then goes through.
 */
@MotoBacked
@TestPropertySource(properties = "byoc.onboarding.preflight-on-submit=true")
class AccountCheckIT extends BrowserTest {

    /** Pre-flight asks IAM, EC2 and STS many times; on a loaded machine that takes longer than the usual wait. */
    private static final LocatorAssertions.HasAttributeOptions CHECK = new LocatorAssertions.HasAttributeOptions()
            .setTimeout(60_000);

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    AwsClients aws;

    @Test
    void checkMyAccountListsEveryFailureWithItsFixBeforeSubmitAndSubmitIsRefusedUntilItPasses() {
        MotoFixture.fresh();
        ExistingVpcs.Prepared vpc;
        try (CustomerAccount admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            vpc = ExistingVpcs.prepare(admin, EnumSet.of(Broken.MISSING_TAG, Broken.NO_EGRESS), 31);
        }
        var prepared = vpc;
        var draft = TestOnboardings.withRole(onboardings, in -> TestOnboardings.newVpc(in)
                .withBootstrapRole(r -> r.withAllowVpcWrite(false))
                .withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withExistingVpcId(prepared.vpcId())
                        .withExistingVpcCidr(prepared.cidr()).withExistingSubnets(prepared.subnets())),
                TestOnboardings.fromTemplate(iac));
        String untagged = vpc.subnets().get(1).subnetId();

        Page page = newPage("en-US");
        page.setViewportSize(1280, 900);
        signIn(page, "alice");
        open(page, "/onboarding/" + draft.id() + "/network");
        var picture = page.locator("#network-picture svg");
        assertThat(picture.locator("[data-subnet='private']")).hasCount(3);
        assertThat(picture.locator("[data-gaps]")).hasCount(0);
        assertThat(page.locator("#account-check-status")).containsText("Not checked yet");

        page.locator("#check-account").click();
        var status = page.locator("#account-check-status");
        assertThat(status).hasAttribute("data-outcome", "failed", CHECK);
        var tag = page.locator("#account-check-results [data-check='EVPC-010'][data-status='FAIL']");
        var egress = page.locator("#account-check-results [data-check='EVPC-011'][data-status='FAIL']");
        assertThat(tag).containsText(untagged);
        assertThat(tag).containsText("aws ec2 create-tags --region us-east-1 --resources " + untagged);
        assertThat(egress).containsText("aws ec2 create-route --region us-east-1 --route-table-id " + vpc.routeTableId());
        assertThat(page.locator("#account-check-results [data-status='FAIL']")).hasCount(2);
        // The picture now shows the subnets as the account has them: the untagged one marked, with the tag it lacks.
        assertThat(picture.locator("[data-gaps]")).hasCount(3);
        assertThat(picture.locator("[data-gaps*='INTERNAL_ELB_TAG']")).hasCount(1);
        assertThat(picture.locator("[data-gaps='INTERNAL_ELB_TAG NO_DEFAULT_ROUTE']")).containsText(untagged);
        assertThat(picture.locator("[data-gaps='INTERNAL_ELB_TAG NO_DEFAULT_ROUTE']"))
                .containsText("kubernetes.io/role/internal-elb=1");
        // moto: us-east-1a is use1-az6 and us-east-1b is use1-az1 (the account's own names for the zones).
        assertThat(picture.locator("[data-az='use1-az1']")).containsText("use1-az1 · us-east-1b in your account");
        screenshot(page, "en/network-picture-existing-vpc-checked");
        picture.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("en/network-picture-existing-vpc-1280.png")));

        open(page, "/onboarding/" + draft.id() + "/review");
        assertThat(page.locator("#review-problems [data-ready]")).hasAttribute("data-ready", "false");
        assertThat(page.locator("#account-check-status")).hasAttribute("data-outcome", "failed");
        page.locator("#submit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("EVPC-010, EVPC-011",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        awaitVaadin(page);
        assertThat(page.locator("#account-check-results [data-status='FAIL']")).hasCount(2);
        assertThat(onboardings.get(TestOnboardings.ORG, draft.id()).state()).isEqualTo(OnboardingState.DRAFT);

        try (CustomerAccount admin = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            admin.ec2().createTags(r -> r.resources(untagged)
                    .tags(Tag.builder().key("kubernetes.io/role/internal-elb").value("1").build()));
            admin.ec2().createRoute(r -> r.routeTableId(prepared.routeTableId()).destinationCidrBlock("0.0.0.0/0")
                    .gatewayId(prepared.internetGatewayId()));
        }
        page.locator("#check-account").click();
        assertThat(status).hasAttribute("data-outcome", "passed", CHECK);
        assertThat(page.locator("#review-problems [data-ready]")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#review-problems")).containsText("Everything checks out");
        assertThat(page.locator("#review-network-picture svg [data-gaps]")).hasCount(0);

        page.locator("#submit").click();
        page.waitForURL("**/provisioning");
        assertThat(onboardings.get(TestOnboardings.ORG, draft.id()).state()).isEqualTo(OnboardingState.SUBMITTED);
    }

    @Test
    void theAzPickerNamesEachAzAsTheAccountDoesOnceChecked() {
        MotoFixture.fresh();
        var draft = TestOnboardings.withRole(onboardings, TestOnboardings::newVpc, TestOnboardings.fromTemplate(iac));

        Page page = newPage("ja-JP");
        signIn(page, "alice");
        open(page, "/onboarding/" + draft.id() + "/network");
        assertThat(page.locator("#az-ids")).not().containsText("us-east-1b");
        page.locator("#check-account").click();
        assertThat(page.locator("#account-check-status")).hasAttribute("data-outcome", "passed", CHECK);
        // moto names use1-az4 us-east-1d; the last chip is always shown, the others may fold into a count.
        assertThat(page.locator("#az-ids")).containsText("use1-az4 (us-east-1d)");
        assertThat(page.locator("#network-picture svg [data-az='use1-az1']")).containsText("us-east-1b");
        screenshot(page, "ja/network-az-names-checked");
    }
}
