package com.byoconboard.provisioning;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The change_request table: one row per day-2 change request. */
@Repository
class ChangeStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChangeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ChangeRequest c) {
        jdbc.sql("""
                insert into change_request (id, onboarding_id, organization_id, kind, state, proposed, before_value,
                    after_value, proposed_by, proposed_at, comment, updated_at)
                values (:id, :onboarding, :org, :kind, :state, :proposed, :before, :after, :by, :at, :comment, :at)""")
                .param("id", c.id()).param("onboarding", c.onboardingId().value())
                .param("org", c.organizationId().value()).param("kind", c.kind().name())
                .param("state", c.state().name()).param("proposed", json.writeValueAsString(c.proposed()))
                .param("before", c.before()).param("after", c.after()).param("by", c.proposedBy())
                .param("at", Timestamp.from(c.proposedAt())).param("comment", c.comment()).update();
    }

    /** Moves the request from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    boolean move(UUID id, ChangeState from, ChangeState to, Optional<String> decidedBy, String comment, Instant at) {
        return jdbc.sql("""
                update change_request set state = :to, updated_at = :at,
                    decided_by = coalesce(:decidedBy, decided_by), comment = coalesce(:comment, comment)
                where id = :id and state = :from""")
                .param("to", to.name()).param("at", Timestamp.from(at)).param("decidedBy", decidedBy.orElse(null))
                .param("comment", comment.isEmpty() ? null : comment).param("id", id).param("from", from.name())
                .update() == 1;
    }

    void applyingIn(UUID id, int generation) {
        jdbc.sql("update change_request set generation = :generation where id = :id")
                .param("generation", generation).param("id", id).update();
    }

    Optional<ChangeRequest> find(UUID id) {
        return jdbc.sql("select * from change_request where id = :id").param("id", id).query(this::request).optional();
    }

    /** The onboarding's requests, newest first. */
    List<ChangeRequest> of(OnboardingId id) {
        return jdbc.sql("select * from change_request where onboarding_id = :id order by proposed_at desc, id")
                .param("id", id.value()).query(this::request).list();
    }

    /** The onboarding's requests in one of {@code states}, oldest first. */
    List<ChangeRequest> in(OnboardingId id, EnumSet<ChangeState> states) {
        return of(id).reversed().stream().filter(c -> states.contains(c.state())).toList();
    }

    private ChangeRequest request(ResultSet rs, int row) throws SQLException {
        int generation = rs.getInt("generation");
        Optional<Integer> applying = rs.wasNull() ? Optional.empty() : Optional.of(generation);
        String comment = rs.getString("comment");
        return new ChangeRequest(rs.getObject("id", UUID.class), new OnboardingId(rs.getObject("onboarding_id", UUID.class)),
                new OrganizationId(rs.getString("organization_id")), ChangeKind.valueOf(rs.getString("kind")),
                ChangeState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("proposed"), OnboardingInputs.class), rs.getString("before_value"),
                rs.getString("after_value"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                Optional.ofNullable(rs.getString("decided_by")), comment == null ? "" : comment, applying,
                rs.getTimestamp("updated_at").toInstant());
    }
}
