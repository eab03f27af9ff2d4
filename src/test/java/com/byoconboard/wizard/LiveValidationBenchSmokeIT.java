package com.byoconboard.wizard;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.util.List;

/**
 * The live-validation benchmark at the smallest size, in every build, so that it cannot rot: the app in this JVM,
 * 2 sessions, 3 changes each, no pause; figures printed, nothing recorded, no timing asserted (but every answer must
 * carry the validation result).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveValidationBenchSmokeIT extends LiveValidationBenchCheck {

    @LocalServerPort
    int port;

    @Override
    Sizes sizes() {
        return new Sizes(List.of(2), 3, 0, false);
    }

    @Override
    WizardSessions.Target target() {
        return new WizardSessions.Target(URI.create("http://localhost:" + port + "/"), ProcessHandle.current().pid());
    }
}
