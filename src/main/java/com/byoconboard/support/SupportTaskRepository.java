package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Stores the state of support tasks; a task without a row is still in its initial state. */
@Repository
class SupportTaskRepository {

    /** A stored task state, with who and when. */
    record Row(SupportTaskState state, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    SupportTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<SupportTaskKind, Row> of(OnboardingId id) {
        return jdbc.sql("select * from support_task where onboarding_id = :id").param("id", id.value())
                .query((rs, n) -> Map.entry(SupportTaskKind.valueOf(rs.getString("kind")),
                        new Row(SupportTaskState.valueOf(rs.getString("state")), rs.getString("updated_by"),
                                rs.getTimestamp("updated_at").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void save(OnboardingId id, SupportTaskKind kind, Row row) {
        int updated = jdbc.sql("""
                        update support_task set state = :state, updated_by = :by, updated_at = :at
                        where onboarding_id = :id and kind = :kind""")
                .params(params(id, kind, row)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into support_task (onboarding_id, kind, state, updated_by, updated_at)
                            values (:id, :kind, :state, :by, :at)""")
                    .params(params(id, kind, row)).update();
        }
    }

    private static Map<String, Object> params(OnboardingId id, SupportTaskKind kind, Row row) {
        return Map.of("id", id.value(), "kind", kind.name(), "state", row.state().name(), "by", row.updatedBy(),
                "at", Timestamp.from(row.updatedAt()));
    }
}
