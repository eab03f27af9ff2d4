package com.byoconboard.api;

import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.provisioning.ChangeRequest;
import com.byoconboard.provisioning.RunAction;
import com.byoconboard.provisioning.RunState;
import com.byoconboard.provisioning.StepState;
import com.byoconboard.support.AccessGrant;
import com.byoconboard.support.AccessSession;
import com.byoconboard.support.GrantScope;
import com.byoconboard.support.GrantState;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Severity;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's representations: records that say what clients see, apart from how the modules keep it. */
final class Resources {

    private Resources() {
    }

    /** One onboarding; its {@code version} is also its ETag. */
    record OnboardingResource(UUID id, String organization, OnboardingState state, int revision, long version,
                              @Schema(description = "The ExternalId the bootstrap role's trust policy requires")
                              String externalId,
                              OnboardingInputs inputs, Instant createdAt, Instant updatedAt) {
        static OnboardingResource of(Onboarding o) {
            return new OnboardingResource(o.id().value(), o.organizationId().value(), o.state(), o.revision(),
                    o.version(), o.externalId(), o.inputs(), o.createdAt(), o.updatedAt());
        }
    }

    /** What one rule of the guide found, in the caller's language. */
    record FindingResource(@Schema(example = "NET-004") String ruleId,
                           @Schema(example = "network.vpcCidr") String field, Severity severity, String message,
                           FixResource fix) {
    }

    /** A way out of a finding: a corrected value to apply, or a command to run. */
    record FixResource(Fix.Kind kind, String text) {
        static FixResource of(Fix fix) {
            return new FixResource(fix.kind(), fix.text());
        }
    }

    /** The findings of every rule; {@code submittable} is false while any of them is an error. */
    record ValidationResource(boolean submittable, List<FindingResource> findings) {
    }

    /** The quick-create link of a template: opens the AWS console with the template and its parameters filled in. */
    record QuickCreateResource(String url) {
    }

    /** A long-running operation: a run action and how far it got; poll it until {@code done}. */
    record OperationResource(UUID id, UUID onboardingId, RunAction action, RunAction.Outcome state, boolean done,
                             Instant createdAt, RunResource run, List<String> errors) {
    }

    /** The onboarding's provisioning run as the journal has it. */
    record RunResource(RunState state, OnboardingState onboardingState, Instant startedAt, Instant finishedAt,
                       @Schema(description = "Share of the steps with work in this run (skipped ones left out) that are done, 0 to 1") double progress,
                       List<StepResource> steps,
                       @Schema(description = "The run actions the caller may take now, as the provisioning service "
                               + "allows them (POST .../runs/{action})") List<RunAction> actions) {
    }

    /** One step of the run, with the resources it created (their AWS IDs) and its error, if it failed. */
    record StepResource(String step, StepState state, int attempts, Instant startedAt, Instant finishedAt,
                        String error, FixResource fix, List<ResourceIdResource> resources) {
    }

    /** An AWS resource the run created; {@code deleted} once tear down removed it. */
    record ResourceIdResource(String type, String logicalName, String resourceId, boolean deleted) {
    }

    /** A drift check of a ready onboarding: the account compared with what provisioning recorded. */
    record DriftResource(Instant checkedAt,
                         @Schema(description = "How many recorded resources were compared") int checked,
                         boolean clean,
                         @Schema(description = "The steps a repair runs again (in the app: Repair); empty when nothing"
                                 + " of ours is missing") List<String> repairSteps,
                         List<DriftFindingResource> findings) {
    }

    /** One difference, with what it means and how to fix it, in the caller's language. */
    record DriftFindingResource(@Schema(description = "MISSING, CHANGED or EXTRA") String kind,
                                @Schema(example = "SUBNET") String type,
                                @Schema(example = "subnet-0123456789abcdef0") String resourceId,
                                @Schema(example = "private-use1-az1") String logicalName, String message,
                                FixResource fix) {
    }

    /** A support decision's text for the customer (the reason of a rejection, what to change). */
    record CommentRequest(@Schema(example = "Please use a /16 VPC CIDR") String text) {
    }

    /**
     * A day-2 change of a ready onboarding: only the fields given change, and one kind of setting at a time. The
     * region and the VPC CIDR are accepted here only to be refused with the reason (they never change after
     * provisioning).
     */
    record ChangeBody(@Schema(example = "[\"203.0.113.0/24\", \"198.51.100.7\"]") List<String> allowList,
                      OnboardingInputs.MaintenanceWindow maintenanceWindow,
                      @Schema(description = "The existing VPC's private subnets, all of them (those kept and those added)")
                      List<OnboardingInputs.ExistingSubnet> existingSubnets,
                      @Schema(description = "Refused: fixed once provisioned") String region,
                      @Schema(description = "Refused: fixed once provisioned") String vpcCidr) {
    }

    /** A day-2 change request and where it stands. */
    record ChangeResource(UUID id, UUID onboardingId, ChangeKind kind, ChangeState state,
                          @Schema(description = "Who reviews it: NONE (applied at once) or SUPPORT") ChangeKind.Review review,
                          String before, String after, String proposedBy, Instant proposedAt, String decidedBy,
                          String comment, @Schema(description = "The provisioning run generation that applies it")
                          Integer runGeneration, Instant updatedAt) {

        static ChangeResource of(ChangeRequest c) {
            return new ChangeResource(c.id(), c.onboardingId().value(), c.kind(), c.state(), c.kind().review(),
                    c.before(), c.after(), c.proposedBy(), c.proposedAt(), c.decidedBy().orElse(null), c.comment(),
                    c.generation().orElse(null), c.updatedAt());
        }
    }
    /** Support's request for access to the customer's account. */
    record AccessRequest(@Schema(example = "Verify after the customer's network change (ticket 4711)") String reason,
                         @Schema(description = "How long the grant runs once approved: 15 to 720 minutes", example = "60")
                         int durationMinutes,
                         @Schema(description = "READ_ONLY (the default: Verify) or READ_WRITE (also Repair, retry, "
                                 + "tear down)") GrantScope scope) {
    }

    /** Support's access grant to one onboarding's account, with its state now. */
    record AccessGrantResource(UUID id, UUID onboardingId, GrantState state, GrantScope scope, String requestedBy,
                               Instant requestedAt, String reason, int durationMinutes, String decidedBy,
                               Instant decidedAt, Instant expiresAt, String endedBy, Instant endedAt) {
        static AccessGrantResource of(AccessGrant g, GrantState now) {
            return new AccessGrantResource(g.id(), g.onboardingId().value(), now, g.scope(), g.requestedBy(),
                    g.requestedAt(), g.reason(), (int) g.duration().toMinutes(), g.decidedBy().orElse(null),
                    g.decidedAt().orElse(null), g.expiresAt().orElse(null), g.endedBy().orElse(null),
                    g.endedAt().orElse(null));
        }
    }

    /** One session (AssumeRole) support started in the account under a grant. */
    record AccessSessionResource(UUID grantId, String startedBy,
                                 @Schema(description = "The role session name CloudTrail shows", example = "support-sam")
                                 String sessionName, Instant startedAt, Instant expiresAt) {
        static AccessSessionResource of(AccessSession s) {
            return new AccessSessionResource(s.grantId(), s.startedBy(), s.sessionName(), s.startedAt(), s.expiresAt());
        }
    }

    /** Where an offboarding stands; {@code problems} say, in the caller's language, why the last verification failed. */
    record OffboardingResource(String requestedBy, Instant requestedAt,
                               @Schema(description = "The last look for anything still tagged") Instant sweptAt,
                               @Schema(description = "What that look found, one \"TYPE id\" each") List<String> remaining,
                               String checkedBy, Instant checkedAt,
                               @Schema(description = "Whether the last verification could still assume the bootstrap role")
                               Boolean roleAssumable, Instant completedAt, boolean completed, List<String> problems) {
    }
}
