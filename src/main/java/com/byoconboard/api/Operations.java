package com.byoconboard.api;

import com.byoconboard.api.Resources.FixResource;
import com.byoconboard.api.Resources.OperationResource;
import com.byoconboard.api.Resources.ResourceIdResource;
import com.byoconboard.api.Resources.RunResource;
import com.byoconboard.api.Resources.StepResource;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.provisioning.Message;
import com.byoconboard.provisioning.ProvisioningService;
import com.byoconboard.provisioning.RunAction;
import com.byoconboard.provisioning.RunProgress;
import com.byoconboard.ui.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Long-running operations: each run action asked through the API gets one, which reads its state from the run
 * in the journal; once final, the state is kept, since a later action moves the same run on.
 */
@Component
class Operations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProvisioningService provisioning;
    private final ApiCaller caller;
    private final Translations translations;

    Operations(JdbcClient jdbc, Clock clock, ProvisioningService provisioning, ApiCaller caller,
               Translations translations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.provisioning = provisioning;
        this.caller = caller;
        this.translations = translations;
    }

    /** Does {@code action} on the run of {@code onboarding} as the caller, and answers its new operation. */
    OperationResource start(Onboarding onboarding, RunAction action) {
        // Earlier operations of this run settle on what the run says before this action moves it on.
        stored(onboarding).stream().filter(op -> op.finalState() == null).forEach(op -> read(op, onboarding));
        // The service checks the caller and the run's state; a retry during a tear down answers the tear down's operation.
        var underWay = provisioning.act(action, onboarding.id());
        var op = new Stored(UUID.randomUUID(), onboarding.id().value(), underWay, clock.instant(), null);
        jdbc.sql("""
                        insert into api_operation (id, onboarding_id, organization_id, action, created_by, created_at)
                        values (:id, :onboarding, :org, :action, :by, :at)""")
                .param("id", op.id()).param("onboarding", op.onboardingId())
                .param("org", onboarding.organizationId().value()).param("action", action.name())
                .param("by", caller.id()).param("at", Timestamp.from(op.createdAt()))
                .update();
        return read(op, onboarding);
    }

    /** The operation, for a caller who may read its onboarding (another organization's is "not found"). */
    OperationResource get(UUID id) {
        var op = jdbc.sql("select * from api_operation where id = :id").param("id", id).query(Operations::map).optional()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "operation-not-found"));
        return read(op, caller.onboarding(op.onboardingId()));
    }

    private List<Stored> stored(Onboarding onboarding) {
        return jdbc.sql("select * from api_operation where onboarding_id = :id").param("id", onboarding.id().value())
                .query(Operations::map).list();
    }

    /** The onboarding's run as the journal has it now (before the first run: the steps it will have, waiting). */
    RunResource run(Onboarding onboarding) {
        RunProgress progress = provisioning.progress(onboarding.id());
        var steps = progress.steps().stream().map(s -> new StepResource(s.step().id(), s.state(), s.attempts(),
                s.startedAt(), s.finishedAt(), s.error() == null ? null : text(s.error()),
                s.fix().map(FixResource::of).orElse(null),
                progress.resourcesOf(s.step()).stream().map(r -> new ResourceIdResource(r.type().name(),
                        r.logicalName(), r.resourceId(), r.deletedAt() != null)).toList())).toList();
        return new RunResource(progress.state(), progress.onboardingState(), progress.startedAt(),
                progress.finishedAt(), progress.fractionDone(), steps,
                List.copyOf(provisioning.allowedFor(caller.actor(), progress).allowed()));
    }

    private OperationResource read(Stored op, Onboarding onboarding) {
        var run = run(onboarding);
        var outcome = Optional.ofNullable(op.finalState()).orElseGet(() -> op.action().outcome(run.state()));
        if (op.finalState() == null && outcome.done()) {
            jdbc.sql("update api_operation set final_state = :state where id = :id")
                    .param("state", outcome.name()).param("id", op.id()).update();
        }
        return new OperationResource(op.id(), op.onboardingId(), op.action(), outcome, outcome.done(), op.createdAt(),
                run, run.steps().stream().map(StepResource::error).filter(Objects::nonNull).toList());
    }

    private String text(Message message) {
        return translations.getTranslation(message.key(), LocaleContextHolder.getLocale(), message.argsArray());
    }

    private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String state = rs.getString("final_state");
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("onboarding_id", UUID.class),
                RunAction.valueOf(rs.getString("action")), rs.getTimestamp("created_at").toInstant(),
                state == null ? null : RunAction.Outcome.valueOf(state));
    }

    private record Stored(UUID id, UUID onboardingId, RunAction action, Instant createdAt, RunAction.Outcome finalState) {
    }
}
