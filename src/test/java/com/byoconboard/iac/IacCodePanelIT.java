package com.byoconboard.iac;

import com.byoconboard.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated code beside the wizard's form, in a real browser: it follows the CIDR and AZ IDs as they are
 * typed, its zip holds a Terraform module that validates, and the quick-create link's template URL is served.
 */
class IacCodePanelIT extends BrowserTest {

    private static final int SAVE_MILLIS = 450;

    @Test
    void theVpcCodeFollowsTheCidrAndAzIdsAsTheCustomerTypesThem() {
        Page page = newPage("en-US");
        String draft = newDraft(page);
        open(page, draft + "/network");
        Locator cfn = page.locator("[data-file='cloudformation/customer-vpc.yaml']");
        assertThat(page.locator("#iac-customer-vpc-unavailable")).containsText("3 AZ IDs");

        page.locator("[data-field='network.vpcCidr'] input").fill("10.20.0.0/16");
        saved(page);
        for (String az : List.of("use1-az1", "use1-az2", "use1-az4")) {
            page.locator("#az-ids input").fill(az);
            page.locator("#az-ids input").press("Enter");
            saved(page);
        }
        page.keyboard().press("Escape");
        assertThat(cfn).containsText("CidrBlock: \"10.20.0.0/18\"");
        assertThat(cfn).containsText("AvailabilityZoneId: \"use1-az4\"");
        page.locator("#iac-customer-vpc vaadin-tab", new Page.LocatorOptions().setHasText("Terraform")).click();
        page.locator("#iac-customer-vpc vaadin-tab", new Page.LocatorOptions().setHasText("variables.tf")).click();
        Locator tf = page.locator("[data-file='terraform/modules/customer-vpc/variables.tf']");
        assertThat(tf).isVisible();
        assertThat(tf).containsText("\"10.20.0.0/16\"");
        screenshot(page, "en/iac-network-vpc-code");

        page.locator("[data-field='network.vpcCidr'] input").fill("10.30.0.0/20");
        saved(page);
        assertThat(tf).containsText("\"10.30.0.0/20\"");
        assertThat(tf).containsText("private_cidr = \"10.30.0.0/22\"");
        assertThat(page.locator("#iac-customer-vpc vaadin-tab[selected]").last()).hasText("variables.tf");

        // A fourth AZ ID: the template needs exactly three, and says so instead of showing stale code.
        page.locator("#az-ids input").fill("use1-az6");
        page.locator("#az-ids input").press("Enter");
        saved(page);
        assertThat(page.locator("#iac-customer-vpc-unavailable")).isVisible();
        assertThat(page.locator("#iac-customer-vpc vaadin-tabsheet.byoc-iac-tabs")).isHidden();
        assertThat(page.locator("#iac-customer-vpc-download")).isHidden();
    }

    @Test
    void theBootstrapRoleZipValidatesAndTheQuickCreateTemplateIsServed() throws Exception {
        String terraform = Tools.terraform();
        Page page = newPage("en-US");
        String draft = newDraft(page);
        open(page, draft + "/bootstrap-role");
        String externalId = page.locator("#external-id code").textContent().strip();
        Locator cfn = page.locator("[data-file='cloudformation/bootstrap-role.yaml']");
        assertThat(cfn).containsText("Default: \"" + externalId + "\"");
        assertThat(cfn).containsText("Default: \"true\"");

        page.locator("vaadin-checkbox[data-field='bootstrapRole.allowVpcWrite']").click();
        saved(page);
        assertThat(cfn.locator("xpath=.")).containsText("AllowVpcWrite:\n    Type: \"String\"\n    Default: \"false\"");
        screenshot(page, "en/iac-bootstrap-role-code");

        var download = page.waitForDownload(() -> page.locator("#iac-bootstrap-role-download").click());
        Path dir = Tools.createTemp("iac-download");
        Tools.unzip(Files.readAllBytes(download.path()), dir);
        Path module = dir.resolve(IacGenerator.ZIP_ROOT + "terraform");
        assertThat(Files.readString(module.resolve("modules/bootstrap-role/variables.tf")))
                .contains("default     = \"" + externalId + "\"")
                .contains("variable \"byoc_env\"");
        Tools.terraformInit(module);
        assertThat(Tools.run(module, List.of(terraform, "validate", "-no-color"))).contains("The configuration is valid");

        // The link goes through the app, which publishes the template on the click and redirects to the console.
        String launch = page.locator("#iac-bootstrap-role-quick-create").getAttribute("href");
        var redirect = page.request().get(url("/" + launch), RequestOptions.create().setMaxRedirects(0));
        assertThat(redirect.status()).isEqualTo(302);
        String quickCreate = redirect.headers().get("location");
        assertThat(quickCreate).startsWith("https://console.aws.amazon.com/cloudformation/home?")
                .contains("#/stacks/quickcreate?templateURL=")
                .contains("&stackName=ClickHouseBootstrapRole")
                .contains("&param_ExternalId=" + externalId)
                .contains("&param_AllowVpcWrite=false");
        String templateUrl = URLDecoder.decode(quickCreate.replaceAll(".*templateURL=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        // No template bucket in tests: the link names this app's template URL, at the port the app really runs on.
        assertThat(templateUrl).startsWith(url("/iac/"));
        var served = get(templateUrl);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("yaml"));
        assertThat(served.body()).isEqualTo(cfn.textContent());
        assertThat(get(url("/iac/" + java.util.UUID.randomUUID() + "/bootstrap-role.yaml")).statusCode()).isEqualTo(404);
    }

    /** Starts a draft from the landing page and returns its path, e.g. {@code /onboarding/<id>}. */
    private String newDraft(Page page) {
        signIn(page, "alice");
        page.locator("#new-onboarding").click();
        page.waitForURL("**/onboarding/*/account");
        awaitVaadin(page);
        return URI.create(page.url()).getPath().replaceAll("/account$", "");
    }

    private static void saved(Page page) {
        page.waitForTimeout(SAVE_MILLIS);
        awaitVaadin(page);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
