package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The customer (in English and in Japanese) and support (in Japanese) watch the peering steps live: "waiting for
 * you" with the peer side's commands, then, once the test accepts in the peer account, routes and rule done, without
 * a reload. Once ready, the customer adds a peer on the Private connectivity panel (a refused one first) and watches
 * only the peering steps run again, then asks for the public load balancer's removal after its confirmation; support
 * completes every support task of the flow from the review page.
 */
@MotoBacked
@TestPropertySource(properties = "byoc.provisioning.peering-acceptance-poll=100ms")
class PeeringProgressIT extends BrowserTest {

    private static final String SECOND_CIDR = "172.20.0.0/16";

    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @Autowired
    AwsClients aws;
    @Autowired
    ProvisioningService provisioning;

    @Test
    void theCustomerAndSupportSeeThePeeringStepsChangeLiveInEnglishAndJapaneseAndSupportCompletesEveryTask() {
        MotoFixture.fresh();
        String peerVpc;
        String secondVpc;
        try (CustomerAccount peer = MotoFixture.administrator(aws, PeeringRunIT.PEER_ACCOUNT)) {
            peerVpc = peer.ec2().createVpc(r -> r.cidrBlock(PeeringRunIT.PEER_CIDR)).vpc().vpcId();
            secondVpc = peer.ec2().createVpc(r -> r.cidrBlock(SECOND_CIDR)).vpc().vpcId();
        }
        var onboarding = TestOnboardings.approved(onboardings, iac, in -> PeeringRunIT.peered(in, peerVpc));
        String path = ProvisioningView.path(onboarding.id());

        Page customer = patient(newPage("en-US"));
        signIn(customer, "alice");
        open(customer, path);
        assertThat(customer.locator("[data-step='peering-acceptance']")).hasAttribute("data-state", "waiting");
        customer.evaluate("() => window.__sameDocument = true");
        customer.locator("#run-start").click();

        Page customerJa = patient(newPage("ja-JP"));
        signIn(customerJa, "alice");
        open(customerJa, path);
        customerJa.evaluate("() => window.__sameDocument = true");

        var waiting = customer.locator("[data-step='peering-acceptance'][data-state='waiting_for_you']");
        waiting.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(waiting.locator(".byoc-run-step-state")).hasText("waiting for you");
        assertThat(waiting.locator(".byoc-run-step-note")).containsText("accept the peering connection pcx-");
        assertThat(customer.locator("[data-step='peering-request']")).hasAttribute("data-state", "done");
        // Nothing was peered before, so nothing is removed: the step is skipped, not done.
        assertThat(customer.locator("[data-step='peers-removed']")).hasAttribute("data-state", "skipped");
        assertThat(customer.locator("#peer-side")).containsText("aws ec2 accept-vpc-peering-connection");
        screenshot(customer, "en/08-peering-waiting");

        var waitingJa = customerJa.locator("[data-step='peering-acceptance'][data-state='waiting_for_you']");
        waitingJa.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(waitingJa.locator(".byoc-run-step-state")).hasText("お客様の操作待ち");
        assertThat(waitingJa.locator(".byoc-run-step-note")).containsText("ピアアカウントでピアリング接続 pcx-");
        assertThat(customerJa.locator("[data-step='peering-request'] .byoc-run-step-state")).hasText("完了");
        assertThat(customerJa.locator("[data-step='peers-removed'] .byoc-run-step-state")).hasText("スキップ");
        assertThat(customerJa.locator("#peer-side")).containsText("aws ec2 accept-vpc-peering-connection");
        screenshot(customerJa, "ja/08-peering-waiting");

        Page support = patient(newPage("ja-JP"));
        signIn(support, "sam");
        open(support, "/support/onboarding/" + onboarding.id());
        var supportWaiting = support.locator("[data-step='peering-acceptance']");
        assertThat(supportWaiting).hasAttribute("data-state", "waiting_for_you");
        assertThat(supportWaiting.locator(".byoc-run-step-state")).hasText("お客様の操作待ち");
        assertThat(support.locator("[data-step='peering-routes'] .byoc-run-step-title"))
                .hasText("BYOC のプライベートルートテーブルへのピア宛てルート");
        support.evaluate("() => window.__sameDocument = true");

        accept(requestedConnection(onboarding.id().toString(), peerVpc));

        for (Page page : List.of(customer, customerJa, support)) {
            awaitRunState(page, "SUCCEEDED");
            assertThat(page.locator("[data-step='peering-acceptance']")).hasAttribute("data-state", "done");
            assertThat(page.locator("[data-step='peering-routes']")).hasAttribute("data-state", "done");
            assertThat(page.locator("[data-step='peering-security-group']")).hasAttribute("data-state", "done");
            assertSameDocument(page);
        }
        assertThat(customer.locator("#endpoints")).containsText("curl -sS https://");
        assertThat(customer.locator("#endpoints")).containsText("-private.");
        assertThat(customerJa.locator("[data-step='peering-routes'] .byoc-run-step-state")).hasText("完了");
        screenshot(customer, "en/09-peering-done");
        screenshot(customerJa, "ja/09-peering-done");

        // Peering after READY: the panel refuses an overlapping peer by rule, keeping what was typed ...
        open(customer, path);
        customer.evaluate("() => window.__sameDocument = true");
        var panel = customer.locator("#private-connectivity");
        assertThat(panel.locator("li[data-peer='" + peerVpc + "']")).containsText(PeeringRunIT.PEER_CIDR);
        type(customer, "accountId", PeeringRunIT.PEER_ACCOUNT);
        type(customer, "vpcId", secondVpc);
        type(customer, "cidr", "10.0.64.0/20");
        customer.locator("#peer-add").click();
        awaitVaadin(customer);
        assertThat(customer.locator("#new-peer-findings")).containsText("Not changed");
        assertThat(customer.locator("#new-peer-cidr")).hasAttribute("invalid", "");
        assertThat(customer.locator("#new-peer-cidr")).containsText("[PEER-004] 10.0.64.0/20 overlaps the BYOC VPC");
        assertThat(customer.locator("#new-peer-cidr input")).hasValue("10.0.64.0/20");
        assertThat(customer.locator("#new-peer-vpcId input")).hasValue(secondVpc);
        assertThat(customer.locator("#run-state")).hasAttribute("data-state", "SUCCEEDED");
        screenshot(customer, "en/10-peering-add-refused");

        // ... and, corrected, adds it: only the peering steps run again, live, until the peer accepts.
        type(customer, "cidr", SECOND_CIDR);
        customer.locator("#peer-add").click();
        customer.locator("[data-step='peering-acceptance'][data-state='waiting_for_you']")
                .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(customer.locator("[data-step='vpc']")).hasAttribute("data-state", "done");
        assertThat(panel.locator("li[data-peer='" + secondVpc + "']")).containsText(SECOND_CIDR);
        accept(requestedConnection(onboarding.id().toString(), secondVpc));
        awaitRunState(customer, "SUCCEEDED");
        assertThat(customer.locator("[data-step='peering-routes']")).hasAttribute("data-state", "done");
        assertSameDocument(customer);

        // Support enables the private load balancer from the review page.
        open(support, "/support/onboarding/" + onboarding.id());
        var privateLoadBalancer = support.locator("li[data-task='ENABLE_PRIVATE_LOAD_BALANCER']");
        assertThat(privateLoadBalancer).containsText("未対応");
        clickAndAwaitReload(support, privateLoadBalancer.locator("vaadin-button[data-move='DONE']"));
        assertThat(privateLoadBalancer).containsText("完了");
        assertThat(privateLoadBalancer).containsText("sam");

        // The customer asks for the public load balancer's removal, told first what stops working.
        var plan = provisioning.plan(onboardings.getForVendor(onboarding.id()));
        open(customer, path);
        customer.locator("#ask-remove-public-lb").click();
        assertThat(customer.locator("#confirm-remove-public-lb"))
                .containsText(plan.publicEndpoint() + " stops answering");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for the removal")).click();
        awaitVaadin(customer);
        var publicRemoval = customer.locator("#peering-support-tasks li[data-task='REMOVE_PUBLIC_LOAD_BALANCER']");
        assertThat(publicRemoval).hasAttribute("data-task-state", "OPEN");
        assertThat(publicRemoval).containsText("by alice");

        // Support sees who asked and when, removes it, and marks it done; the customer sees who did it.
        open(support, "/support/onboarding/" + onboarding.id());
        var supportRemoval = support.locator("li[data-task='REMOVE_PUBLIC_LOAD_BALANCER']");
        assertThat(supportRemoval).containsText("未対応");
        assertThat(supportRemoval).containsText("alice");
        clickAndAwaitReload(support, supportRemoval.locator("vaadin-button[data-move='DONE']"));
        assertThat(support.locator("li[data-task='REMOVE_PUBLIC_LOAD_BALANCER']")).containsText("完了");
        assertThat(support.locator("li[data-task='REMOVE_PUBLIC_LOAD_BALANCER']")).containsText("sam");
        assertThat(support.locator("li[data-task]")).hasCount(2);
        assertThat(support.locator("li[data-task] vaadin-button[data-move='DONE']")).hasCount(0);
        assertThat(support.locator("#detail-history")).containsText("REMOVE_PUBLIC_LOAD_BALANCER");
        screenshot(support, "ja/support-peering");

        open(customerJa, path);
        var tasksJa = customerJa.locator("#peering-support-tasks");
        assertThat(tasksJa.locator("li[data-task='ENABLE_PRIVATE_LOAD_BALANCER']")).containsText("完了");
        assertThat(tasksJa.locator("li[data-task='REMOVE_PUBLIC_LOAD_BALANCER']")).containsText("sam");
        assertThat(customerJa.locator("#private-connectivity h2")).hasText("プライベート接続");
        screenshot(customerJa, "ja/10-private-connectivity");
        open(customer, path);
        screenshot(customer, "en/10-private-connectivity");
    }

    /** Three pages and a run share the machine: the review page can take longer than the default to render. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(60_000);
        return page;
    }

    private static void type(Page page, String part, String value) {
        var input = page.locator("#new-peer-" + part + " input");
        input.fill(value);
        input.press("Tab");
    }

    private static void awaitRunState(Page page, String state) {
        page.locator("#run-state[data-state='" + state + "']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(120_000));
    }

    private static void assertSameDocument(Page page) {
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__sameDocument === true"))
                .as("the page was never reloaded").isEqualTo(true);
    }

    private void accept(String pcx) {
        try (CustomerAccount peer = MotoFixture.administrator(aws, PeeringRunIT.PEER_ACCOUNT)) {
            peer.ec2().acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        }
    }

    /** The connection the app requested to {@code peerVpc}: the one carrying the onboarding's tag in the customer's account. */
    private String requestedConnection(String onboardingId, String peerVpc) {
        try (CustomerAccount byoc = MotoFixture.administrator(aws, TestOnboardings.ACCOUNT)) {
            return byoc.ec2().describeVpcPeeringConnections().vpcPeeringConnections().stream()
                    .filter(c -> c.tags().stream().anyMatch(t -> t.value().equals(onboardingId)))
                    .filter(c -> c.accepterVpcInfo().vpcId().equals(peerVpc))
                    .findFirst().orElseThrow().vpcPeeringConnectionId();
        }
    }
}
