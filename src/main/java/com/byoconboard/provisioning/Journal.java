package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Fix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;

/**
 * The provisioning journal in the app's database: runs, step states, created resources and the log. Every
 * state change is a conditional update, so that several app nodes working on one run cannot undo each other.
 */
@Repository
class Journal {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RunMetrics metrics;

    Journal(JdbcClient jdbc, JsonMapper json, RunMetrics metrics) {
        this.jdbc = jdbc;
        this.json = json;
        this.metrics = metrics;
    }

    /** The run row of an onboarding. */
    record Run(RunState state, VpcMode mode, int generation, Instant startedAt, Instant finishedAt) {
    }

    /**
     * Starts (or restarts) the onboarding's run: a new generation, steps that do not apply skipped, and the
     * others waiting again: those not done yet, and those in {@code redo} even when done.
     */
    int startRun(OnboardingId id, VpcMode mode, Collection<StepKind> applicable, Set<StepKind> redo, Instant now) {
        var existing = run(id);
        int generation = existing.map(r -> r.generation() + 1).orElse(1);
        if (existing.isEmpty()) {
            jdbc.sql("""
                    insert into provisioning_run (onboarding_id, state, vpc_mode, generation, started_at)
                    values (:id, 'RUNNING', :mode, :generation, :now)""")
                    .param("id", id.value()).param("mode", mode.name()).param("generation", generation)
                    .param("now", ts(now)).update();
        } else {
            jdbc.sql("""
                    update provisioning_run set state = 'RUNNING', generation = :generation, started_at = :now,
                        finished_at = null where onboarding_id = :id""")
                    .param("id", id.value()).param("generation", generation).param("now", ts(now)).update();
        }
        for (StepKind step : StepKind.values()) {
            StepState initial = applicable.contains(step) ? StepState.WAITING : StepState.SKIPPED;
            int updated = jdbc.sql("""
                    update provisioning_step set state = :state, attempts = 0, error_key = null, error_args = null,
                        error_fix_kind = null, error_fix_text = null,
                        finished_at = null, started_at = case when :state = 'SKIPPED' then null else started_at end
                    where onboarding_id = :id and step = :step and (:redo or state <> 'DONE')""")
                    .param("state", initial.name()).param("id", id.value()).param("step", step.id())
                    .param("redo", redo.contains(step)).update();
            if (updated == 0 && jdbc.sql("select count(*) from provisioning_step where onboarding_id = :id and step = :step")
                    .param("id", id.value()).param("step", step.id()).query(Integer.class).single() == 0) {
                jdbc.sql("""
                        insert into provisioning_step (onboarding_id, step, state, attempts)
                        values (:id, :step, :state, 0)""")
                        .param("id", id.value()).param("step", step.id()).param("state", initial.name()).update();
            }
        }
        metrics.runStarted(mode);
        return generation;
    }

    Optional<Run> run(OnboardingId id) {
        return jdbc.sql("select * from provisioning_run where onboarding_id = :id").param("id", id.value())
                .query((rs, n) -> new Run(RunState.valueOf(rs.getString("state")), VpcMode.valueOf(rs.getString("vpc_mode")),
                        rs.getInt("generation"), instant(rs, "started_at"), instant(rs, "finished_at")))
                .optional();
    }

    /** Moves the run to {@code to} if it is in one of {@code from}; false when another node got there first. */
    boolean moveRun(OnboardingId id, Collection<RunState> from, RunState to, Instant now) {
        boolean finished = to != RunState.RUNNING && to != RunState.TEARING_DOWN;
        boolean moved = jdbc.sql("update provisioning_run set state = :to, finished_at = :finished where onboarding_id = :id"
                        + " and state in (:from)")
                .param("to", to.name()).param("finished", finished ? ts(now) : null).param("id", id.value())
                .param("from", from.stream().map(Enum::name).toList()).update() == 1;
        if (moved && finished) {
            run(id).ifPresent(r -> metrics.runFinished(to, r.startedAt(), now));
        }
        return moved;
    }

    /** Onboardings whose run is in one of {@code states}. */
    List<OnboardingId> runsIn(Collection<RunState> states) {
        return jdbc.sql("select onboarding_id from provisioning_run where state in (:states)")
                .param("states", states.stream().map(Enum::name).toList())
                .query((rs, n) -> new OnboardingId(rs.getObject("onboarding_id", UUID.class))).list();
    }

    /**
     * Records that the live resources created before {@code before} exist no more (the AWS they were in is gone):
     * they are marked deleted, and every step that got under way fails with {@code reason}, so that a retry does
     * them all again. Returns how many resources were lost.
     */
    int markLost(OnboardingId id, Instant before, Message reason, Instant now) {
        int lost = jdbc.sql("update provisioning_resource set deleted_at = :now where onboarding_id = :id"
                        + " and deleted_at is null and created_at < :before")
                .param("now", ts(now)).param("id", id.value()).param("before", ts(before)).update();
        jdbc.sql("""
                update provisioning_step set state = 'FAILED', finished_at = :now, error_key = :key, error_args = :args,
                    error_fix_kind = null, error_fix_text = null
                where onboarding_id = :id and state in ('DONE', 'RUNNING', 'QUEUED', 'WAITING_FOR_YOU')""")
                .param("now", ts(now)).param("key", reason.key()).param("args", json.writeValueAsString(reason.args()))
                .param("id", id.value()).update();
        return lost;
    }

    List<StepProgress> steps(OnboardingId id) {
        return jdbc.sql("select * from provisioning_step where onboarding_id = :id").param("id", id.value())
                .query((rs, n) -> new StepProgress(StepKind.fromId(rs.getString("step")).orElseThrow(),
                        StepState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "started_at"),
                        instant(rs, "finished_at"), rs.getString("error_key") == null ? null
                        : new Message(rs.getString("error_key"), args(rs.getString("error_args"))),
                        fix(rs.getString("error_fix_kind"), rs.getString("error_fix_text"))))
                .list().stream().sorted(Comparator.comparing(StepProgress::step)).toList();
    }

    /** Moves a step to {@code to} if it is in one of {@code from}; a move to RUNNING counts an attempt. */
    boolean moveStep(OnboardingId id, StepKind step, Collection<StepState> from, StepState to, Instant now) {
        String set = switch (to) {
            case RUNNING -> "state = 'RUNNING', attempts = attempts + 1, started_at = coalesce(started_at, :now)";
            // What a step waited for is no longer true once it is done.
            case DONE -> "state = :to, finished_at = :now, error_key = null, error_args = null";
            case FAILED, SKIPPED -> "state = :to, finished_at = :now";
            case WAITING, QUEUED, WAITING_FOR_YOU -> "state = :to";
        };
        var spec = jdbc.sql("update provisioning_step set " + set
                        + " where onboarding_id = :id and step = :step and state in (:from)")
                .param("id", id.value()).param("step", step.id())
                .param("from", from.stream().map(Enum::name).toList());
        if (set.contains(":now")) {
            spec = spec.param("now", ts(now));
        }
        if (set.contains(":to")) {
            spec = spec.param("to", to.name());
        }
        boolean moved = spec.update() == 1;
        if (moved && to == StepState.DONE) {
            stepFinished(id, step, to, now);
        }
        return moved;
    }

    /**
     * Finished steps that a tear down took resources from wait again, so that a retry makes those anew; answers
     * how many.
     */
    int redoStepsWithDeletedResources(OnboardingId id) {
        return jdbc.sql("""
                update provisioning_step set state = 'WAITING', finished_at = null
                where onboarding_id = :id and state = 'DONE' and step in
                    (select r.step from provisioning_resource r where r.onboarding_id = :id and r.deleted_at is not null)""")
                .param("id", id.value()).update();
    }

    void failStep(OnboardingId id, StepKind step, Message reason, Optional<Fix> fix, Instant now) {
        stopStep(id, step, StepState.FAILED, reason, fix, now);
        stepFinished(id, step, StepState.FAILED, now);
    }

    private void stepFinished(OnboardingId id, StepKind step, StepState outcome, Instant now) {
        steps(id).stream().filter(s -> s.step() == step).findFirst()
                .ifPresent(s -> metrics.stepFinished(step, outcome, s.startedAt(), now));
    }

    /** A running step now waits for the customer, for the reason given (shown where a failure's reason would be). */
    void awaitCustomer(OnboardingId id, StepKind step, Message reason) {
        stopStep(id, step, StepState.WAITING_FOR_YOU, reason, Optional.empty(), null);
    }

    private void stopStep(OnboardingId id, StepKind step, StepState state, Message reason, Optional<Fix> fix, Instant now) {
        jdbc.sql("""
                update provisioning_step set state = :state, finished_at = :now, error_key = :key, error_args = :args,
                    error_fix_kind = :fixKind, error_fix_text = :fixText
                where onboarding_id = :id and step = :step""")
                .param("state", state.name())
                .param("now", ts(now)).param("key", reason.key()).param("args", json.writeValueAsString(reason.args()))
                .param("fixKind", fix.map(f -> f.kind().name()).orElse(null)).param("fixText", fix.map(Fix::text).orElse(null))
                .param("id", id.value()).param("step", step.id()).update();
    }

    /** The live (not torn down) resource recorded under {@code logicalName}. */
    Optional<RecordedResource> resource(OnboardingId id, String logicalName) {
        return jdbc.sql("select * from provisioning_resource where onboarding_id = :id and logical_name = :name"
                        + " and deleted_at is null")
                .param("id", id.value()).param("name", logicalName).query(this::resource).optional();
    }

    List<RecordedResource> resources(OnboardingId id) {
        return jdbc.sql("select * from provisioning_resource where onboarding_id = :id order by seq")
                .param("id", id.value()).query(this::resource).list();
    }

    void record(OnboardingId id, StepKind step, String logicalName, ResourceType type, String resourceId,
                String parentId, Instant now) {
        // A row torn down earlier is replaced (and moves to the end, keeping tear down in reverse creation order).
        jdbc.sql("delete from provisioning_resource where onboarding_id = :id and logical_name = :name"
                        + " and deleted_at is not null")
                .param("id", id.value()).param("name", logicalName).update();
        jdbc.sql("""
                insert into provisioning_resource (onboarding_id, step, logical_name, resource_type, resource_id,
                    parent_id, created_at) values (:id, :step, :name, :type, :resourceId, :parent, :now)""")
                .param("id", id.value()).param("step", step.id()).param("name", logicalName).param("type", type.name())
                .param("resourceId", resourceId).param("parent", parentId).param("now", ts(now)).update();
    }

    void markDeleted(OnboardingId id, String logicalName, Instant now) {
        jdbc.sql("update provisioning_resource set deleted_at = :now where onboarding_id = :id and logical_name = :name"
                        + " and deleted_at is null")
                .param("now", ts(now)).param("id", id.value()).param("name", logicalName).update();
    }

    void log(OnboardingId id, LogEntry.Level level, StepKind step, Message message, Instant now) {
        jdbc.sql("""
                insert into provisioning_log (onboarding_id, at, level, step, message_key, message_args)
                values (:id, :at, :level, :step, :key, :args)""")
                .param("id", id.value()).param("at", ts(now)).param("level", level.name())
                .param("step", step == null ? null : step.id()).param("key", message.key())
                .param("args", json.writeValueAsString(message.args())).update();
    }

    /** The newest {@code limit} lines, oldest first. */
    List<LogEntry> log(OnboardingId id, int limit) {
        var newest = jdbc.sql("select * from provisioning_log where onboarding_id = :id order by seq desc limit :limit")
                .param("id", id.value()).param("limit", limit)
                .query((rs, n) -> new LogEntry(rs.getLong("seq"), instant(rs, "at"),
                        LogEntry.Level.valueOf(rs.getString("level")),
                        rs.getString("step") == null ? null : StepKind.fromId(rs.getString("step")).orElse(null),
                        new Message(rs.getString("message_key"), args(rs.getString("message_args")))))
                .list();
        return newest.reversed();
    }

    private RecordedResource resource(ResultSet rs, int row) throws SQLException {
        return new RecordedResource(rs.getLong("seq"), StepKind.fromId(rs.getString("step")).orElseThrow(),
                rs.getString("logical_name"), ResourceType.valueOf(rs.getString("resource_type")),
                rs.getString("resource_id"), rs.getString("parent_id"), instant(rs, "created_at"),
                instant(rs, "deleted_at"));
    }

    private static Optional<Fix> fix(String kind, String text) {
        return Optional.ofNullable(kind).map(k -> new Fix(Fix.Kind.valueOf(k), text));
    }

    private List<String> args(String text) {
        return text == null ? List.of() : Arrays.asList(json.readValue(text, String[].class));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
