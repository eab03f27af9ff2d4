package com.byoconboard.api;

import com.byoconboard.api.Resources.AccessGrantResource;
import com.byoconboard.api.Resources.AccessRequest;
import com.byoconboard.api.Resources.ChangeResource;
import com.byoconboard.api.Resources.CommentRequest;
import com.byoconboard.api.Resources.OnboardingResource;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.provisioning.ChangeService;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.AuditFilter;
import com.byoconboard.support.AuditLog;
import com.byoconboard.support.SupportConsole;
import com.byoconboard.support.SupportTask;
import com.byoconboard.support.SupportTaskKind;
import com.byoconboard.support.SupportTaskState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The support console's actions for support clients (scope {@code support}; the console checks the role). */
@RestController
@RequestMapping("/api/v1/support")
@Tag(name = "Support")
class SupportController {

    private final SupportConsole console;
    private final AuditLog audit;
    private final AccessGrants grants;
    private final ChangeService changes;

    SupportController(SupportConsole console, AuditLog audit, AccessGrants grants, ChangeService changes) {
        this.console = console;
        this.audit = audit;
        this.grants = grants;
        this.changes = changes;
    }

    @PostMapping("/onboardings/{id}/access-grants")
    @Operation(summary = "Request access to the customer's account", description = "Verify, Repair, retry and tear "
            + "down act in the customer's account and need the customer's approved grant (Verify READ_ONLY, the others "
            + "READ_WRITE). The customer reads the reason, and approves or refuses.")
    ResponseEntity<AccessGrantResource> requestAccess(@PathVariable UUID id, @RequestBody AccessRequest request) {
        var grant = grants.request(new OnboardingId(id), request.reason(), Duration.ofMinutes(request.durationMinutes()),
                request.scope());
        return ResponseEntity.created(URI.create("/api/v1/onboardings/" + id + "/access-grants"))
                .body(AccessGrantResource.of(grant, grants.stateNow(grant)));
    }

    @GetMapping("/onboardings/{id}/access-grants")
    @Operation(summary = "The access grants of an onboarding", description = "Newest first, with the state now.")
    List<AccessGrantResource> accessGrants(@PathVariable UUID id) {
        return AccessGrantsController.list(grants, new OnboardingId(id));
    }

    @PostMapping("/onboardings/{id}/approve")
    @Operation(summary = "Approve a submitted onboarding")
    OnboardingResource approve(@PathVariable UUID id) {
        return OnboardingResource.of(console.approve(new OnboardingId(id)));
    }

    @PostMapping("/onboardings/{id}/reject")
    @Operation(summary = "Reject for good", description = "The text is the reason the customer reads.")
    OnboardingResource reject(@PathVariable UUID id, @RequestBody CommentRequest comment) {
        return OnboardingResource.of(console.reject(new OnboardingId(id), comment.text()));
    }

    @PostMapping("/onboardings/{id}/request-changes")
    @Operation(summary = "Send back to the customer", description = "The text says what to change.")
    OnboardingResource requestChanges(@PathVariable UUID id, @RequestBody CommentRequest comment) {
        return OnboardingResource.of(console.requestChanges(new OnboardingId(id), comment.text()));
    }

    @GetMapping("/onboardings/{id}/tasks")
    @Operation(summary = "The guide's support tasks of an onboarding")
    List<SupportTask> tasks(@PathVariable UUID id) {
        return console.tasks(new OnboardingId(id));
    }

    @PutMapping("/onboardings/{id}/tasks/{kind}")
    @Operation(summary = "Move a support task")
    SupportTask moveTask(@PathVariable UUID id, @PathVariable SupportTaskKind kind, @RequestBody SupportTaskState state) {
        return console.moveTask(new OnboardingId(id), kind, state);
    }

    @PostMapping("/onboardings/{id}/changes/{changeId}/approve")
    @Operation(summary = "Approve a change request", description = "Only a PROPOSED change of a kind support reviews "
            + "(subnets of an existing VPC); it is applied at once by a run of the steps it concerns. Anything else "
            + "answers 409 (run-state).")
    ChangeResource approveChange(@PathVariable UUID id, @PathVariable UUID changeId) {
        return ChangeResource.of(changes.approve(new OnboardingId(id), changeId));
    }

    @PostMapping("/onboardings/{id}/changes/{changeId}/refuse")
    @Operation(summary = "Refuse a change request", description = "The text is the reason the customer reads; nothing "
            + "is changed.")
    ChangeResource refuseChange(@PathVariable UUID id, @PathVariable UUID changeId, @RequestBody CommentRequest comment) {
        return ChangeResource.of(changes.refuse(new OnboardingId(id), changeId, comment.text()));
    }

    @GetMapping(value = "/audit", produces = "text/csv")
    @Operation(summary = "Export the audit log", description = "Every entry as CSV, newest first.")
    String audit() {
        return AuditLog.csv(audit.search(AuditFilter.ALL));
    }
}
