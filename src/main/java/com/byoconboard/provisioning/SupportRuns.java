package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** The support_run table: whose run an onboarding's run is, when support started it under a grant. */
@Repository
class SupportRuns {

    /** Support's run: under which grant, by whom, for what. */
    record SupportRun(UUID grantId, String actor, AccountAction action) {
    }

    private final JdbcClient jdbc;

    SupportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SupportRun> of(OnboardingId id) {
        return jdbc.sql("select * from support_run where onboarding_id = :id").param("id", id.value())
                .query((rs, row) -> new SupportRun(rs.getObject("grant_id", UUID.class), rs.getString("actor"),
                        AccountAction.valueOf(rs.getString("action")))).optional();
    }

    void started(OnboardingId id, SupportRun run) {
        forget(id);
        jdbc.sql("insert into support_run (onboarding_id, grant_id, actor, action) values (:id, :grant, :actor, :action)")
                .param("id", id.value()).param("grant", run.grantId()).param("actor", run.actor())
                .param("action", run.action().name()).update();
    }

    void forget(OnboardingId id) {
        jdbc.sql("delete from support_run where onboarding_id = :id").param("id", id.value()).update();
    }
}
