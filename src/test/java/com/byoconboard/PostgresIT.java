package com.byoconboard;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.testing.ThrowawayPostgres;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The app runs on PostgreSQL with the same Flyway migrations as on H2. */
class PostgresIT {

    @Test
    void theAppStartsMigratesAndStoresDraftsOnPostgresql() throws Exception {
        try (var postgres = ThrowawayPostgres.start();
             var app = new SpringApplicationBuilder(ByocOnboardApplication.class)
                     .run("--spring.profiles.active=test",
                             "--spring.datasource.url=" + postgres.jdbcUrl(),
                             "--spring.datasource.username=" + ThrowawayPostgres.USER,
                             "--spring.datasource.password=")) {
            var jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
            assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                    .contains("1", "500");

            var onboardings = app.getBean(OnboardingService.class);
            var org = new OrganizationId("pg-org");
            TestLogins.signIn("pg-customer", org, Role.CUSTOMER);
            try {
                var draft = onboardings.create(org);
                onboardings.editDraft(org, draft.id(), draft.version(), in -> in.withAccount(a -> a.withOrganizationName("株式会社テスト")));
                assertThat(onboardings.get(org, draft.id()).inputs().account().organizationName()).isEqualTo("株式会社テスト");

                // The submit's event goes to its listeners through the event publication registry's table.
                var filled = onboardings.editDraft(org, draft.id(), onboardings.get(org, draft.id()).version(),
                        in -> ValidInputs.newVpc());
                onboardings.submit(org, filled.id(), filled.version());
                assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isPositive();
            } finally {
                TestLogins.signOut();
            }

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        }
    }
}
