package com.byoconboard.wizard;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.util.List;

/**
 * The session-memory benchmark at the smallest size, in every build, so that it cannot rot: the app in this JVM
 * (whose heap also holds the test's), 1 and 3 sessions on 1 draft after 1 warm-up session, one heap reading each;
 * figures printed, nothing recorded, no size asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionMemoryBenchSmokeIT extends SessionMemoryCheck {

    @LocalServerPort
    int port;

    @Override
    Sizes sizes() {
        return new Sizes(List.of(1, 3), 1, 1, 1, false);
    }

    @Override
    WizardSessions.Target target() {
        return new WizardSessions.Target(URI.create("http://localhost:" + port + "/"), ProcessHandle.current().pid());
    }
}
