package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the audit log. Insert and select only: there is deliberately no way to change or delete an entry. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEntry e) {
        jdbc.sql("""
                        insert into audit_entry (at, actor, organization_id, onboarding_id, action, before_value,
                            after_value, detail)
                        values (:at, :actor, :org, :onboarding, :action, :before, :after, :detail)""")
                .param("at", Timestamp.from(e.at()))
                .param("actor", e.actor())
                .param("org", e.organization().map(OrganizationId::value).orElse(null))
                .param("onboarding", e.onboarding().map(OnboardingId::value).orElse(null))
                .param("action", e.action().name())
                .param("before", e.before())
                .param("after", e.after())
                .param("detail", e.detail())
                .update();
    }

    List<AuditEntry> all() {
        return jdbc.sql("select * from audit_entry order by id desc").query(this::map).list();
    }

    List<AuditEntry> ofOnboarding(OnboardingId id) {
        return jdbc.sql("select * from audit_entry where onboarding_id = :id order by id desc")
                .param("id", id.value()).query(this::map).list();
    }

    List<AuditEntry> ofOrganization(OrganizationId org) {
        return jdbc.sql("select * from audit_entry where organization_id = :org order by id desc")
                .param("org", org.value()).query(this::map).list();
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                Optional.ofNullable(rs.getString("organization_id")).map(OrganizationId::new),
                Optional.ofNullable(rs.getObject("onboarding_id", UUID.class)).map(OnboardingId::new),
                AuditAction.valueOf(rs.getString("action")), rs.getString("before_value"),
                rs.getString("after_value"), rs.getString("detail"));
    }
}
