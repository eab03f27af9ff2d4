package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The access_grant and access_session tables. */
@Repository
class AccessGrantStore {

    private final JdbcClient jdbc;

    AccessGrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccessGrant g) {
        jdbc.sql("""
                insert into access_grant (id, onboarding_id, organization_id, requested_by, requested_at, reason,
                    duration_seconds, scope, state)
                values (:id, :onboarding, :org, :by, :at, :reason, :seconds, :scope, :state)""")
                .param("id", g.id()).param("onboarding", g.onboardingId().value()).param("org", g.organizationId().value())
                .param("by", g.requestedBy()).param("at", Timestamp.from(g.requestedAt())).param("reason", g.reason())
                .param("seconds", (int) g.duration().toSeconds()).param("scope", g.scope().name())
                .param("state", g.state().name()).update();
    }

    /** Records a decision or an end, only if the row is still in {@code from}: two clicks cannot both win. */
    boolean update(AccessGrant g, GrantState from) {
        return jdbc.sql("""
                update access_grant set state = :state, decided_by = :decidedBy, decided_at = :decidedAt,
                    expires_at = :expiresAt, ended_by = :endedBy, ended_at = :endedAt
                where id = :id and state = :from""")
                .param("state", g.state().name()).param("decidedBy", g.decidedBy().orElse(null))
                .param("decidedAt", g.decidedAt().map(Timestamp::from).orElse(null))
                .param("expiresAt", g.expiresAt().map(Timestamp::from).orElse(null))
                .param("endedBy", g.endedBy().orElse(null)).param("endedAt", g.endedAt().map(Timestamp::from).orElse(null))
                .param("id", g.id()).param("from", from.name()).update() == 1;
    }

    Optional<AccessGrant> find(UUID id) {
        return jdbc.sql("select * from access_grant where id = :id").param("id", id).query(this::grant).optional();
    }

    /** The onboarding's grants, newest first. */
    List<AccessGrant> of(OnboardingId onboarding) {
        return jdbc.sql("select * from access_grant where onboarding_id = :id order by requested_at desc")
                .param("id", onboarding.value()).query(this::grant).list();
    }

    void insert(OnboardingId onboarding, AccessSession s) {
        jdbc.sql("""
                insert into access_session (grant_id, onboarding_id, started_by, session_name, started_at, expires_at)
                values (:grant, :onboarding, :by, :name, :at, :expires)""")
                .param("grant", s.grantId()).param("onboarding", onboarding.value()).param("by", s.startedBy())
                .param("name", s.sessionName()).param("at", Timestamp.from(s.startedAt()))
                .param("expires", Timestamp.from(s.expiresAt())).update();
    }

    /** The onboarding's sessions, newest first. */
    List<AccessSession> sessions(OnboardingId onboarding) {
        return jdbc.sql("select * from access_session where onboarding_id = :id order by id desc")
                .param("id", onboarding.value())
                .query((rs, row) -> new AccessSession(rs.getObject("grant_id", UUID.class), rs.getString("started_by"),
                        rs.getString("session_name"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant())).list();
    }

    private AccessGrant grant(ResultSet rs, int row) throws SQLException {
        return new AccessGrant(rs.getObject("id", UUID.class), new OnboardingId(rs.getObject("onboarding_id", UUID.class)),
                new OrganizationId(rs.getString("organization_id")), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("reason"),
                Duration.ofSeconds(rs.getInt("duration_seconds")), GrantScope.valueOf(rs.getString("scope")),
                GrantState.valueOf(rs.getString("state")), Optional.ofNullable(rs.getString("decided_by")),
                instant(rs, "decided_at"), instant(rs, "expires_at"), Optional.ofNullable(rs.getString("ended_by")),
                instant(rs, "ended_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
