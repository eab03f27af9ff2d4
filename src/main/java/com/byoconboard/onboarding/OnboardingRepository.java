package com.byoconboard.onboarding;

import com.byoconboard.identity.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores onboardings; every query is scoped to an organization, so no caller can forget the tenant. */
@Repository
class OnboardingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OnboardingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Onboarding o) {
        jdbc.sql("""
                        insert into onboarding (id, organization_id, state, inputs, external_id, revision, version,
                            created_at, updated_at, display_name, account_id, region, vpc_id)
                        values (:id, :org, :state, :inputs, :externalId, :revision, :version,
                            :createdAt, :updatedAt, :displayName, :accountId, :region, :vpcId)""")
                .params(columns(o))
                .param("createdAt", Timestamp.from(o.createdAt()))
                .update();
    }

    /** Writes {@code o} if the stored row still has {@code expectedVersion}; false when someone else wrote first. */
    boolean update(Onboarding o, long expectedVersion) {
        return jdbc.sql("""
                        update onboarding set state = :state, inputs = :inputs, revision = :revision,
                            version = :version, updated_at = :updatedAt, display_name = :displayName,
                            account_id = :accountId, region = :region, vpc_id = :vpcId
                        where id = :id and organization_id = :org and version = :expectedVersion""")
                .params(columns(o))
                .param("expectedVersion", expectedVersion)
                .update() == 1;
    }

    /** Deletes {@code o} if the stored row still has its version; false when someone else wrote first. */
    boolean delete(Onboarding o) {
        return jdbc.sql("delete from onboarding where id = :id and organization_id = :org and version = :version")
                .param("id", o.id().value())
                .param("org", o.organizationId().value())
                .param("version", o.version())
                .update() == 1;
    }

    Optional<Onboarding> find(OrganizationId org, OnboardingId id) {
        return jdbc.sql("select * from onboarding where id = :id and organization_id = :org")
                .param("id", id.value())
                .param("org", org.value())
                .query(this::map)
                .optional();
    }

    /** For modules that act across organizations (support, provisioning jobs); never exposed to customers. */
    Optional<Onboarding> findAnyOrganization(OnboardingId id) {
        return jdbc.sql("select * from onboarding where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    List<Onboarding> findByOrganization(OrganizationId org) {
        return jdbc.sql("select * from onboarding where organization_id = :org order by updated_at desc")
                .param("org", org.value())
                .query(this::map)
                .list();
    }

    List<Onboarding> findAll() {
        return jdbc.sql("select * from onboarding order by updated_at desc").query(this::map).list();
    }

    private java.util.Map<String, Object> columns(Onboarding o) {
        var inputs = o.inputs();
        return java.util.Map.ofEntries(
                java.util.Map.entry("id", o.id().value()),
                java.util.Map.entry("org", o.organizationId().value()),
                java.util.Map.entry("state", o.state().name()),
                java.util.Map.entry("inputs", json.writeValueAsString(inputs)),
                java.util.Map.entry("externalId", o.externalId()),
                java.util.Map.entry("revision", o.revision()),
                java.util.Map.entry("version", o.version()),
                java.util.Map.entry("updatedAt", Timestamp.from(o.updatedAt())),
                java.util.Map.entry("displayName", truncate(o.displayName(), 300)),
                java.util.Map.entry("accountId", truncate(inputs.account().accountId(), 64)),
                java.util.Map.entry("region", truncate(inputs.region(), 64)),
                java.util.Map.entry("vpcId", truncate(inputs.network().existingVpcId(), 64)));
    }

    private Onboarding map(ResultSet rs, int row) throws SQLException {
        return new Onboarding(
                new OnboardingId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getString("organization_id")),
                OnboardingState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("inputs"), OnboardingInputs.class),
                rs.getString("external_id"),
                rs.getInt("revision"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
