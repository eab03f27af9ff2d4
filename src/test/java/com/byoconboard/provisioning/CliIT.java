package com.byoconboard.provisioning;

import com.byoconboard.api.ApiClient;
import com.byoconboard.cli.Cli;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static com.byoconboard.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipeline onboards with the CLI against the running app, on the emulator with IAM enforced: login, apply a file
 * (created, then unchanged), a file with bad values (every finding with its rule ID at its line, exit 1), submit,
 * and run watch to READY. The CLI runs in this JVM with its output captured; one call goes through ./byoc cli as
 * a separate process. Outside the CLI: the customer's administrator creates the role from our template, and
 * support approves, as in ApiJourneyIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MotoBacked
class CliIT {

    static final String ONBOARDING = """
            # Example Corp, production: applied with byoc apply -f onboarding.yaml
            inputs:
              account:
                accountId: "%s"
                adminEmail: platform@example.com
                organizationName: Example Corp
                kind: DEDICATED
              region: us-east-1
              bootstrapRole:
                roleArn: %s
                allowVpcWrite: true
                allowIamRoleCreation: true
              network:
                mode: NEW_VPC
                vpcCidr: 10.0.0.0/16
                azIds: [%s]
              connectivity:
                peeringEnabled: false
                allowList: [203.0.113.0/24]
                removePublicLoadBalancer: false
              maintenance:
                weekday: TUESDAY
                startTime: "01:00"
                timeZone: America/Los_Angeles
            """.formatted(TestOnboardings.ACCOUNT, TestOnboardings.ROLE_ARN, String.join(", ", TestOnboardings.AZ_IDS));

    @LocalServerPort
    int port;
    @Autowired
    OnboardingService onboardings;
    @Autowired
    IacGenerator iac;
    @TempDir
    Path dir;

    final Object emptyAccount = MotoFixture.fresh();

    @Test
    void aPipelineAppliesSubmitsAndWatchesAnOnboardingToReadyWithTheCli() throws IOException {
        Path config = dir.resolve("byoc/config.json");
        var login = Cli.run(config, "login", "--server", "http://localhost:" + port, "--client-id", "sandbox-org-ci",
                "--client-secret", "sandbox-ci-secret");
        assertThat(login.exit()).as(login.err()).isZero();
        assertThat(login.out()).startsWith("Signed in to http://localhost:" + port + " as sandbox-org-ci");
        assertThat(Files.readString(config)).doesNotContain("sandbox-ci-secret");

        Path file = Files.writeString(dir.resolve("onboarding.yaml"), ONBOARDING);
        var created = Cli.run(config, "apply", "-f", file.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains(file + ": created onboarding ");
        assertThat(created.err().lines()).as("on good inputs only notes (INFO findings), no error or warning")
                .allMatch(line -> line.contains(": REG-") && line.contains(" note: "));
        UUID id = UUID.fromString(Files.readAllLines(file).get(1).substring("id: ".length()));
        assertThat(Files.readString(file)).contains(ONBOARDING.lines().skip(1).toList());

        long version = ApiClient.JSON.readTree(Cli.run(config, "-o", "json", "get", id.toString()).out())
                .get("version").asLong();
        var again = Cli.run(config, "apply", "-f", file.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("onboarding " + id + " already has these inputs (DRAFT, version " + version + ")");
        var shown = Cli.run(config, "-o", "yaml", "get", "-f", file.toString());
        assertThat(shown.out()).as("the repeat wrote nothing").contains("version: " + version + "\n");

        // Bad values in a second file of its own: every finding at the line of its field, with its rule ID.
        Path bad = Files.writeString(dir.resolve("bad.yaml"), ONBOARDING
                .replace("\"" + TestOnboardings.ACCOUNT + "\"", "\"12345\"")
                .replace("10.0.0.0/16", "10.0.0.0/24")
                .replace("timeZone: America/Los_Angeles", "timeZone: Mars/Olympus_Mons"));
        var refused = Cli.run(config, "apply", "-f", bad.toString());
        assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(1);
        String badId = Files.readAllLines(bad).get(1).substring("id: ".length());
        var findings = json(ApiClient.sandboxCustomer(port).get("/api/v1/onboardings/" + badId + "/validation"))
                .get("findings");
        assertThat(findings.size()).isGreaterThanOrEqualTo(3);
        findings.forEach(f -> assertThat(refused.err()).containsPattern(Pattern.quote(bad.toString()) + ":\\d+: "
                + Pattern.quote(f.get("field").asString() + ": " + f.get("ruleId").asString() + " ")));
        assertThat(refused.err()).containsPattern(Pattern.quote(bad + ":5: account.accountId: ACC-") + "\\d{3} ")
                .containsPattern(Pattern.quote(bad + ":16: network.vpcCidr: NET-") + "\\d{3} ")
                .containsPattern(Pattern.quote(bad + ":25: maintenance.timeZone: MW-") + "\\d{3} ");
        var inJapanese = Cli.run(Locale.JAPANESE, config, "apply", "-f", bad.toString());
        assertThat(inJapanese.exit()).isEqualTo(1);
        assertThat(inJapanese.err()).contains("エラー: ");

        // The customer's administrator creates the bootstrap role from our template (it carries the ExternalId).
        MotoFixture.roleFromTemplate(iac, onboardings.getForVendor(new OnboardingId(id)));
        var submitted = Cli.run(config, "submit", "-f", file.toString());
        assertThat(submitted.exit()).as(submitted.err()).isZero();
        assertThat(submitted.out()).contains("Submitted onboarding " + id + ": SUBMITTED");
        var badSubmit = Cli.run(config, "submit", badId);
        assertThat(badSubmit.exit()).as("refused while rules fail").isEqualTo(1);
        assertThat(badSubmit.err()).contains("ACC-");
        ApiClient.support(port).post("/api/v1/support/onboardings/" + id + "/approve", null);

        var started = Cli.run(config, "run", "start", "-f", file.toString());
        assertThat(started.exit()).as(started.err()).isZero();
        assertThat(started.out()).contains("start: operation ");
        var watched = Cli.run(config, "run", "watch", "-f", file.toString(), "--interval", "1s", "--timeout", "5m");
        assertThat(watched.exit()).as(watched.out() + watched.err()).isZero();
        assertThat(watched.out()).contains("PROVISIONING  run RUNNING").containsPattern("✔ vpc +DONE +vpc-")
                .doesNotContain("\033[")
                .endsWith("Finished: the onboarding is READY (run SUCCEEDED).\n");
        var list = Cli.run(config, "list", "--state", "ready");
        assertThat(list.out()).contains(id.toString());
    }

    @Test
    void theScriptRunsTheCliFromTheAppsClassesInAProcessOfItsOwn() throws Exception {
        var process = new ProcessBuilder("./byoc", "cli", "--help").redirectErrorStream(true).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Usage: byoc", "apply", "Exit codes:", "6   the run failed or was cancelled");
    }
}
