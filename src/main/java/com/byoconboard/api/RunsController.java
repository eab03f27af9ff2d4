package com.byoconboard.api;

import com.byoconboard.api.Resources.DriftFindingResource;
import com.byoconboard.api.Resources.DriftResource;
import com.byoconboard.api.Resources.FixResource;
import com.byoconboard.api.Resources.OperationResource;
import com.byoconboard.api.Resources.RunResource;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.provisioning.DriftFinding;
import com.byoconboard.provisioning.DriftReport;
import com.byoconboard.provisioning.DriftService;
import com.byoconboard.provisioning.RunAction;
import com.byoconboard.ui.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * Provisioning runs: start, retry, cancel and tear down, each answered at once (202) with a long-running
 * operation that clients poll until it is done; and the drift check of a ready onboarding.
 */
@RestController
@Tag(name = "Runs")
class RunsController {

    private final ApiCaller caller;
    private final Operations operations;
    private final Idempotency idempotency;
    private final DriftService drift;
    private final Translations translations;

    RunsController(ApiCaller caller, Operations operations, Idempotency idempotency, DriftService drift,
                   Translations translations) {
        this.caller = caller;
        this.drift = drift;
        this.translations = translations;
        this.operations = operations;
        this.idempotency = idempotency;
    }

    @PostMapping("/api/v1/onboardings/{id}/runs/{action:start|retry|cancel|tear-down}")
    @Operation(summary = "Act on the provisioning run", description = "start (an approved onboarding), retry (a "
            + "failed or cancelled run, from the step that stopped it; during a tear down, the tear down), cancel (a "
            + "running run, or a tear down: what is not deleted yet stays), tear-down (delete everything the run "
            + "created). Which are open to the caller now is the run's `actions`; any other answers 409 (run-state). "
            + "Answers the operation to poll; a repeat with the same Idempotency-Key answers the same operation.",
            responses = @ApiResponse(responseCode = "202", description = "Accepted; Location names the operation to poll",
                    content = @Content(mediaType = OnboardingsController.JSON,
                            schema = @Schema(implementation = OperationResource.class),
                            examples = @ExampleObject(value = ApiExamples.OPERATION))))
    ResponseEntity<?> act(@PathVariable UUID id, @PathVariable String action,
                          @RequestHeader(name = OnboardingsController.IDEMPOTENCY_KEY, required = false) String key) {
        var runAction = RunAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
        return idempotency.once(caller.id(), key, "POST " + id + " " + runAction, () -> {
            var operation = operations.start(caller.onboarding(id), runAction);
            return ResponseEntity.accepted().location(URI.create("/api/v1/operations/" + operation.id())).body(operation);
        });
    }

    @GetMapping("/api/v1/onboardings/{id}/run")
    @Operation(summary = "The provisioning run", description = "The run as it is now, whichever action (or the "
            + "sandbox's start on submit) moved it: its state, the onboarding's state, progress and resource IDs per "
            + "step. Before the first run: the steps it will have, waiting. What byoc run watch polls.",
            responses = @ApiResponse(responseCode = "200", description = "The run",
                    content = @Content(mediaType = OnboardingsController.JSON,
                            examples = @ExampleObject(value = ApiExamples.RUN))))
    RunResource run(@PathVariable UUID id) {
        return operations.run(caller.onboarding(id));
    }

    @PostMapping("/api/v1/onboardings/{id}/verify")
    @Operation(summary = "Verify against the account", description = "The drift check of a READY onboarding with no run "
            + "under way: every resource the run recorded is looked up in the customer's account through the bootstrap "
            + "role (by ID), and everything carrying the onboarding's tag is listed: what is MISSING, CHANGED (our tag, "
            + "a CIDR) or EXTRA (tagged, not recorded). Changes nothing; messages in the Accept-Language. Any other state "
            + "answers 409 (run-state).",
            responses = @ApiResponse(responseCode = "200", description = "What the check found",
                    content = @Content(mediaType = OnboardingsController.JSON,
                            schema = @Schema(implementation = DriftResource.class))))
    DriftResource verify(@PathVariable UUID id) {
        return resource(drift.verify(caller.onboarding(id).id()));
    }

    @PostMapping("/api/v1/onboardings/{id}/repair")
    @Operation(summary = "Repair what is missing", description = "Checks again as verify does, then runs again only the "
            + "steps that make what of ours is missing (each finds what is still there first, so nothing is created "
            + "twice); follow them on the run. Answers the check it acted on: with nothing to repair (repairSteps empty) "
            + "nothing runs. Any state but READY with no run under way answers 409 (run-state).",
            responses = @ApiResponse(responseCode = "200", description = "The check Repair acted on",
                    content = @Content(mediaType = OnboardingsController.JSON,
                            schema = @Schema(implementation = DriftResource.class))))
    DriftResource repair(@PathVariable UUID id) {
        return resource(drift.repair(caller.onboarding(id).id()));
    }

    private DriftResource resource(DriftReport report) {
        var locale = LocaleContextHolder.getLocale();
        return new DriftResource(report.checkedAt(), report.checked(), report.clean(),
                report.repairSteps().stream().map(StepKind::id).toList(),
                report.findings().stream().map(f -> finding(f, locale)).toList());
    }

    private DriftFindingResource finding(DriftFinding finding, Locale locale) {
        return switch (finding) {
            case DriftFinding.Missing m -> new DriftFindingResource("MISSING", m.type().name(), m.resourceId(),
                    m.logicalName(), text(locale, "provisioning.drift.missing", m.type(), m.resourceId(), m.logicalName())
                    + " " + text(locale, m.repairable() ? "provisioning.drift.missing.repairable"
                    : "provisioning.drift.missing.notOurs"), null);
            case DriftFinding.Changed c -> new DriftFindingResource("CHANGED", c.type().name(), c.resourceId(),
                    c.logicalName(), text(locale, c.what().key(), c.what().argsArray()),
                    c.fix().map(FixResource::of).orElse(null));
            case DriftFinding.Extra x -> new DriftFindingResource("EXTRA", x.type().name(), x.resourceId(),
                    x.logicalName(), text(locale, "provisioning.drift.extra", x.type(), x.resourceId(),
                    ResourceNames.ONBOARDING_TAG), null);
        };
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    @GetMapping("/api/v1/operations/{id}")
    @Operation(summary = "Poll an operation", description = "Its state (RUNNING, SUCCEEDED, FAILED), the run's "
            + "progress per step, the AWS resource IDs each step created, and errors in the Accept-Language.",
            responses = @ApiResponse(responseCode = "200", description = "The operation",
                    content = @Content(mediaType = OnboardingsController.JSON,
                            examples = @ExampleObject(value = ApiExamples.OPERATION))))
    OperationResource operation(@PathVariable UUID id) {
        return operations.get(id);
    }
}
