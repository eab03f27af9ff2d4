package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The customer (in English) and support (in Japanese) watch the peering steps live: "waiting for you" with the
 * peer side's commands, then, once the test accepts in the peer account, routes and rule done, without a reload;
 * support ticks off enabling the private load balancer on the review page.
 */
@MotoBacked
@TestPropertySource(properties = "byoc.provisioning.peering-acceptance-poll=100ms")
class PeeringProgressIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    AwsClients aws;

    @Test
    void theCustomerAndSupportSeeThePeeringStepsChangeLiveAndSupportCompletesItsTask() {
        MotoFixture.fresh();
        String peerVpc;
        try (CustomerAccount peer = MotoFixture.administrator(aws, PeeringRunIT.PEER_ACCOUNT)) {
            peerVpc = peer.ec2().createVpc(r -> r.cidrBlock(PeeringRunIT.PEER_CIDR)).vpc().vpcId();
        }
        var onboarding = TestOnboardings.approved(onboardings, iac, in -> PeeringRunIT.peered(in, peerVpc));

        Page customer = newPage("en-US");
        signIn(customer, "alice");
        open(customer, ProvisioningView.path(onboarding.id()));
        assertThat(customer.locator("[data-step='peering-acceptance']")).hasAttribute("data-state", "waiting");
        customer.evaluate("() => window.__sameDocument = true");
        customer.locator("#run-start").click();

        var waiting = customer.locator("[data-step='peering-acceptance'][data-state='waiting_for_you']");
        waiting.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(waiting.locator(".byoc-run-step-state")).hasText("waiting for you");
        assertThat(waiting.locator(".byoc-run-step-note")).containsText("accept the peering connection pcx-");
        assertThat(customer.locator("[data-step='peering-request']")).hasAttribute("data-state", "done");
        assertThat(customer.locator("#peer-side")).containsText("aws ec2 accept-vpc-peering-connection");
        screenshot(customer, "en/08-peering-waiting");

        Page support = newPage("ja-JP");
        signIn(support, "sam");
        open(support, "/support/onboarding/" + onboarding.id());
        var supportWaiting = support.locator("[data-step='peering-acceptance']");
        assertThat(supportWaiting).hasAttribute("data-state", "waiting_for_you");
        assertThat(supportWaiting.locator(".byoc-run-step-state")).hasText("お客様の操作待ち");
        assertThat(support.locator("[data-step='peering-routes'] .byoc-run-step-title"))
                .hasText("BYOC のプライベートルートテーブルへのピア宛てルート");
        support.evaluate("() => window.__sameDocument = true");

        String pcx = requestedConnection(onboarding.id().toString());
        try (CustomerAccount peer = MotoFixture.administrator(aws, PeeringRunIT.PEER_ACCOUNT)) {
            peer.ec2().acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        }

        for (Page page : java.util.List.of(customer, support)) {
            page.locator("#run-state[data-state='SUCCEEDED']").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED).setTimeout(60_000));
            assertThat(page.locator("[data-step='peering-acceptance']")).hasAttribute("data-state", "done");
            assertThat(page.locator("[data-step='peering-routes']")).hasAttribute("data-state", "done");
            assertThat(page.locator("[data-step='peering-security-group']")).hasAttribute("data-state", "done");
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__sameDocument === true"))
                    .as("the page was never reloaded").isEqualTo(true);
        }
        assertThat(customer.locator("#endpoints")).containsText("curl -sS https://");
        assertThat(customer.locator("#endpoints")).containsText("-private.");
        screenshot(customer, "en/09-peering-done");

        var privateLoadBalancer = support.locator("li[data-task='ENABLE_PRIVATE_LOAD_BALANCER']");
        privateLoadBalancer.locator("vaadin-button[data-move='DONE']").click();
        awaitVaadin(support);
        assertThat(privateLoadBalancer).containsText("sam");
        screenshot(support, "ja/support-peering");
    }

    /** The connection the app requested: the one carrying the onboarding's tag in the customer's account. */
    private String requestedConnection(String onboardingId) {
        try (CustomerAccount byoc = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            return byoc.ec2().describeVpcPeeringConnections().vpcPeeringConnections().stream()
                    .filter(c -> c.tags().stream().anyMatch(t -> t.value().equals(onboardingId)))
                    .findFirst().orElseThrow().vpcPeeringConnectionId();
        }
    }
}
