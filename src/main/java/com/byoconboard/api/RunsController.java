package com.byoconboard.api;

import com.byoconboard.api.Resources.OperationResource;
import com.byoconboard.api.Resources.RunResource;
import com.byoconboard.provisioning.RunAction;
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
 * operation that clients poll until it is done.
 */
@RestController
@Tag(name = "Runs")
class RunsController {

    private final ApiCaller caller;
    private final Operations operations;
    private final Idempotency idempotency;

    RunsController(ApiCaller caller, Operations operations, Idempotency idempotency) {
        this.caller = caller;
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
