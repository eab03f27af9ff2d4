package com.byoconboard.support;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The tasks that apply to {@code onboarding}, in the guide's order: stored, or else in their initial state. */
    List<SupportTask> tasks(Onboarding onboarding) {
        var stored = of(onboarding.id());
        var inputs = onboarding.inputs();
        return Arrays.stream(SupportTaskKind.values()).filter(k -> k.appliesTo(inputs))
                .map(k -> Optional.ofNullable(stored.get(k))
                        .map(r -> new SupportTask(k, r.state(), Optional.of(r.updatedBy()), Optional.of(r.updatedAt())))
                        .orElseGet(() -> new SupportTask(k, k.initialState(inputs), Optional.empty(), Optional.empty())))
                .toList();
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
