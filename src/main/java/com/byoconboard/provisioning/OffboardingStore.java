package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The offboarding table: one row per onboarding whose customer asked to offboard. */
@Repository
class OffboardingStore {

    private final JdbcClient jdbc;

    OffboardingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OffboardingStatus> find(OnboardingId id) {
        return jdbc.sql("select * from offboarding where onboarding_id = :id").param("id", id.value())
                .query(this::status).optional();
    }

    void requested(OnboardingId id, String by, Instant at) {
        jdbc.sql("insert into offboarding (onboarding_id, requested_by, requested_at) values (:id, :by, :at)")
                .param("id", id.value()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    void swept(OnboardingId id, List<String> remaining, Instant at) {
        jdbc.sql("update offboarding set swept_at = :at, remaining = :remaining where onboarding_id = :id")
                .param("at", Timestamp.from(at)).param("remaining", String.join("\n", remaining))
                .param("id", id.value()).update();
    }

    void checked(OnboardingId id, String by, boolean roleAssumable, Instant at) {
        jdbc.sql("""
                update offboarding set checked_by = :by, checked_at = :at, role_assumable = :assumable
                where onboarding_id = :id""")
                .param("by", by).param("at", Timestamp.from(at)).param("assumable", roleAssumable)
                .param("id", id.value()).update();
    }

    void completed(OnboardingId id, Instant at) {
        jdbc.sql("update offboarding set completed_at = :at where onboarding_id = :id")
                .param("at", Timestamp.from(at)).param("id", id.value()).update();
    }

    private OffboardingStatus status(ResultSet rs, int row) throws SQLException {
        String remaining = rs.getString("remaining");
        boolean assumable = rs.getBoolean("role_assumable");
        Optional<Boolean> roleAssumable = rs.wasNull() ? Optional.empty() : Optional.of(assumable);
        return new OffboardingStatus(rs.getString("requested_by"), instant(rs, "requested_at").orElseThrow(),
                instant(rs, "swept_at"), remaining == null || remaining.isEmpty() ? List.of()
                : Arrays.asList(remaining.split("\n")), Optional.ofNullable(rs.getString("checked_by")),
                instant(rs, "checked_at"), roleAssumable, instant(rs, "completed_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
