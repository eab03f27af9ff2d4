package com.byoconboard.wizard;

import com.byoconboard.identity.Role;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network picture follows the Network step as the customer types: a new CIDR redraws every subnet, another AZ
 * replaces a column, one shared NAT gateway leaves one NAT; Review and the support review page show it too, and
 * the platform team's zip carries it as network.svg. Screenshots at 1280 and 390 px, English and Japanese.
 */
class NetworkPictureIT extends BrowserTest {

    @Autowired
    OnboardingService onboardings;

    @Test
    void thePictureChangesWithTheCidrTheAzsAndTheNatGatewaysAndIsInTheZip() throws IOException {
        var draft = draft();
        Page page = newPage("en-US");
        page.setViewportSize(1280, 900);
        signIn(page, "alice");
        open(page, "/onboarding/" + draft.id() + "/network");

        var picture = page.locator("#network-picture svg");
        assertThat(picture.locator("title")).hasText("Network picture of the BYOC deployment");
        assertThat(picture).hasAttribute("role", "img");
        assertThat(picture.locator("[data-az]")).hasCount(3);
        assertThat(picture).containsText("New VPC 10.0.0.0/16");
        assertThat(picture.locator("[data-az='use1-az1'] [data-subnet='private']")).containsText("10.0.0.0/18");
        assertThat(picture.locator("text:text-is('NAT')")).hasCount(3);
        screenshot(page, "en/network-picture-1280");
        picture.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("en/network-picture-only-1280.png")));

        page.locator("#vpc-cidr input").fill("10.20.0.0/20");
        assertThat(picture).containsText("New VPC 10.20.0.0/20");
        assertThat(picture.locator("[data-az='use1-az1'] [data-subnet='private']")).containsText("10.20.0.0/22");
        assertThat(picture.locator("[data-az='use1-az4'] [data-subnet='public']")).containsText("10.20.14.0/24");

        // A fourth AZ gives no plan (exactly three): the picture says why; dropping the first redraws the other three.
        var azInput = page.locator("#az-ids input");
        azInput.fill("use1-az6");
        azInput.press("Enter");
        assertThat(page.locator("#network-picture .byoc-network-unavailable")).containsText("Choose exactly 3 AZ IDs");
        page.locator("#az-ids vaadin-multi-select-combo-box-chip").filter(new Locator.FilterOptions().setHasText("use1-az1"))
                .locator("[part='remove-button']").click();
        assertThat(picture.locator("[data-az]")).hasCount(3);
        assertThat(picture.locator("[data-az='use1-az1']")).hasCount(0);
        assertThat(picture.locator("[data-az='use1-az6']")).containsText("10.20.8.0/22");

        // Close the AZ list the chips belong to; it covers the fields below it.
        page.locator("#az-ids").evaluate("e => e.opened = false");
        page.locator("#nat-gateways vaadin-radio-button").nth(1).click();
        assertThat(picture.locator("text:text-is('NAT')")).hasCount(1);
        assertThat(picture).containsText("One NAT gateway, shared by every AZ");

        var download = page.waitForDownload(() -> page.locator("#iac-customer-vpc-download").click());
        String svg = entry(Files.readAllBytes(download.path()), "byoc-onboarding/network.svg");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("New VPC 10.20.0.0/20")
                .contains("data-az=\"use1-az6\"").contains("One NAT gateway");

        page.setViewportSize(390, 844);
        awaitVaadin(page);
        assertThat(page.locator("#network-picture")).isVisible();
        // Scaled to the width the page gives it, keeping its proportions (the page's own width is the layout's).
        double pictureWidth = ((Number) picture.evaluate("e => e.getBoundingClientRect().width")).doubleValue();
        double roomWidth = ((Number) page.locator("#network-picture").evaluate("e => e.clientWidth")).doubleValue();
        double aspect = ((Number) picture.evaluate("e => (e.getBoundingClientRect().width / e.getBoundingClientRect().height)"
                + " / (e.viewBox.baseVal.width / e.viewBox.baseVal.height)")).doubleValue();
        assertThat(pictureWidth).as("no wider than its section").isLessThanOrEqualTo(roomWidth);
        assertThat(pictureWidth).as("smaller than at 1280 px").isLessThan(700);
        assertThat(aspect).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
        screenshot(page, "en/network-picture-390");
        picture.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("en/network-picture-only-390.png")));

        page.setViewportSize(1280, 900);
        open(page, "/onboarding/" + draft.id() + "/review");
        assertThat(page.locator("#review-network-picture svg")).containsText("New VPC 10.20.0.0/20");
    }

    @Test
    void inJapaneseOnTheNetworkStepAndOnTheSupportReviewPage() {
        var draft = draft();
        Page page = newPage("ja-JP");
        page.setViewportSize(1280, 900);
        signIn(page, "alice");
        open(page, "/onboarding/" + draft.id() + "/network");
        var picture = page.locator("#network-picture svg");
        assertThat(picture.locator("title")).hasText("BYOC デプロイのネットワーク構成図");
        assertThat(picture).containsText("新しい VPC 10.0.0.0/16");
        assertThat(picture).containsText("プライベートサブネット");
        screenshot(page, "ja/network-picture-1280");
        picture.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ja/network-picture-only-1280.png")));
        page.setViewportSize(390, 844);
        awaitVaadin(page);
        screenshot(page, "ja/network-picture-390");

        Page support = newPage("ja-JP");
        signIn(support, "sam");
        open(support, "/support/onboarding/" + draft.id());
        assertThat(support.locator("#support-network-picture svg")).containsText("新しい VPC 10.0.0.0/16");
    }

    /** A draft of alice's organization with a new VPC the plan can draw. */
    private Onboarding draft() {
        TestLogins.signIn("picture-test", TestLogins.SANDBOX, Role.CUSTOMER);
        try {
            var draft = onboardings.create(TestLogins.SANDBOX);
            return onboardings.editDraft(TestLogins.SANDBOX, draft.id(), draft.version(), in -> in
                    .withAccount(a -> a.withAccountId("210987654321").withOrganizationName("Example Corp"))
                    .withRegion("us-east-1")
                    .withNetwork(n -> n.withVpcCidr("10.0.0.0/16").withAzIds(List.of("use1-az1", "use1-az2", "use1-az4"))));
        } finally {
            TestLogins.signOut();
        }
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    var out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the zip");
    }
}
