package com.byoconboard.cli;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RunWatchTest {

    static JsonNode run(String onboarding, String run, String vpc, String subnets) {
        return Api.JSON.readTree("""
                {"onboardingState": "%s", "state": %s, "progress": 0.5, "steps": [
                  {"step": "vpc", "state": "%s", "resources": [{"resourceId": "vpc-0abc"}]},
                  {"step": "subnets", "state": "%s", "resources": []}]}"""
                .formatted(onboarding, run == null ? "null" : "\"" + run + "\"", vpc, subnets));
    }

    @Test
    void theWatchEndsWellOnlyWhenTheOnboardingIsReadyOrTheTearDownFinished() {
        assertThat(RunWatch.verdict(run("READY", "SUCCEEDED", "DONE", "DONE"))).contains(Exit.OK);
        assertThat(RunWatch.verdict(run("TORN_DOWN", "TORN_DOWN", "DONE", "DONE"))).contains(Exit.OK);
        assertThat(RunWatch.verdict(run("READY", "TEARING_DOWN", "DONE", "DONE"))).as("a tear down under way").isEmpty();
        assertThat(RunWatch.verdict(run("PROVISIONING", "RUNNING", "DONE", "RUNNING"))).isEmpty();
        assertThat(RunWatch.verdict(run("SUBMITTED", null, "WAITING", "WAITING"))).as("support may approve").isEmpty();
        assertThat(RunWatch.verdict(run("FAILED", "FAILED", "DONE", "FAILED"))).contains(Exit.RUN_FAILED);
        assertThat(RunWatch.verdict(run("FAILED", "CANCELLED", "DONE", "WAITING"))).contains(Exit.RUN_FAILED);
        assertThat(RunWatch.verdict(run("DRAFT", null, "WAITING", "WAITING"))).as("nobody will start it")
                .contains(Exit.CONFLICT);
    }

    @Test
    void withoutATerminalOnlyWhatChangedIsPrintedOneLineEach() {
        var out = new StringWriter();
        var watch = new RunWatch(null, "/api/v1/onboardings/x", new Texts(Locale.ENGLISH), new PrintWriter(out), false,
                Clock.systemUTC());

        watch.show(run("PROVISIONING", "RUNNING", "RUNNING", "WAITING"));
        watch.show(run("PROVISIONING", "RUNNING", "DONE", "WAITING"));

        assertThat(out.toString().lines()).containsExactly(
                "PROVISIONING  run RUNNING  50%",
                "  ▶ vpc                          RUNNING          vpc-0abc",
                "  · subnets                      WAITING",
                "  ✔ vpc                          DONE             vpc-0abc");
        assertThat(out.toString()).doesNotContain("\033[");
    }

    @Test
    void onATerminalTheStepsAreRedrawnInPlaceWhenSomethingChanges() {
        var out = new StringWriter();
        var watch = new RunWatch(null, "/api/v1/onboardings/x", new Texts(Locale.ENGLISH), new PrintWriter(out), true,
                Clock.systemUTC());

        watch.show(run("PROVISIONING", "RUNNING", "RUNNING", "WAITING"));
        int first = out.toString().length();
        watch.show(run("PROVISIONING", "RUNNING", "RUNNING", "WAITING"));
        assertThat(out.toString()).as("nothing changed, nothing drawn").hasSize(first);
        watch.show(run("PROVISIONING", "RUNNING", "DONE", "RUNNING"));

        String redraw = out.toString().substring(first);
        assertThat(redraw).startsWith("\033[3F\033[2KPROVISIONING  run RUNNING  50%\n")
                .contains("\033[2K  ✔ vpc").contains("\033[2K  ▶ subnets").endsWith("\033[J");
    }
}
