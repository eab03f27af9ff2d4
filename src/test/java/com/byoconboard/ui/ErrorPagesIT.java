package com.byoconboard.ui;

import com.byoconboard.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Failures show a short message and an incident id; the details go to the log, never to the page. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT extends BrowserTest {

    @Test
    void anUnexpectedErrorShowsAnIncidentIdAndLogsTheDetailsUnderIt(CapturedOutput log) {
        var page = newPage("en-US");
        signIn(page, "alice");
        open(page, "/test/failing");

        var incident = page.locator("#incident-id");
        assertThat(incident).containsText("INC-");
        String id = incident.textContent().replaceAll(".*(INC-[0-9a-f]{8}).*", "$1");
        assertThat(page.content()).doesNotContain(FailingTestView.SECRET_DETAIL).doesNotContain("IllegalStateException");
        assertThat(log.getAll()).contains(id).contains(FailingTestView.SECRET_DETAIL);
        screenshot(page, "en/error");
    }

    @Test
    void anUnknownOnboardingIsNotFoundInJapaneseToo() {
        var page = newPage("ja-JP");
        signIn(page, "alice");
        open(page, "/onboarding/00000000-0000-0000-0000-000000000000/account");

        assertThat(page.locator("h1")).hasText("ページが見つかりません");
    }

    @Test
    void healthAndInfoAreServedByActuator() throws Exception {
        var client = HttpClient.newHttpClient();
        var health = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        var info = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/info"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(info.body()).contains("BYOC Onboard");
    }
}
