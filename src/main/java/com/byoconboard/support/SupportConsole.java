package com.byoconboard.support;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What vendor support does with requests: the queue, review decisions, the provisioning panel and the guide's
 * support tasks. Every method needs SUPPORT or ADMIN (checked here and again by the onboarding service).
 */
@Service
public class SupportConsole {

    private final OnboardingService onboardings;
    private final AuditLog audit;
    private final SupportTaskRepository tasks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProvisioningControl provisioning;

    SupportConsole(OnboardingService onboardings, AuditLog audit, SupportTaskRepository tasks, CurrentUser currentUser,
                   Clock clock, ProvisioningControl provisioning) {
        this.onboardings = onboardings;
        this.audit = audit;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
        this.provisioning = provisioning;
    }

    /** Every organization's onboardings that match, most recently changed first; drafts are included when asked for. */
    public List<Onboarding> queue(QueueFilter filter) {
        var now = clock.instant();
        return onboardings.listForVendor().stream().filter(o -> filter.matches(o, now)).toList();
    }

    public Onboarding onboarding(OnboardingId id) {
        return onboardings.getForVendor(id);
    }

    @Transactional
    public Onboarding approve(OnboardingId id) {
        return onboardings.moveTo(id, OnboardingState.APPROVED);
    }

    /** Rejects for good; the reason is what the customer reads. */
    @Transactional
    public Onboarding reject(OnboardingId id, String reason) {
        return moveWithComment(id, OnboardingState.REJECTED, AuditAction.REJECTED, reason);
    }

    /** Sends the request back to the customer with a comment they see; their resubmission is a new revision. */
    @Transactional
    public Onboarding requestChanges(OnboardingId id, String comment) {
        return moveWithComment(id, OnboardingState.CHANGES_REQUESTED, AuditAction.CHANGES_REQUESTED, comment);
    }

    private Onboarding moveWithComment(OnboardingId id, OnboardingState target, AuditAction action, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A " + action + " needs a text for the customer");
        }
        var before = onboardings.getForVendor(id);
        var moved = onboardings.moveTo(id, target, text.strip());
        audit.append(moved.organizationId(), id, action, before.state().name(), target.name(), text.strip());
        return moved;
    }

    /** The provisioning side, as support acts on it. */
    public ProvisioningControl provisioning() {
        currentUser.requireVendor();
        return provisioning;
    }

    /** The support tasks that apply to this onboarding, in the guide's order. */
    public List<SupportTask> tasks(OnboardingId id) {
        return tasks.tasks(onboardings.getForVendor(id));
    }

    /** Moves one support task, recording who and when on the task and in the audit log. */
    @Transactional
    public SupportTask moveTask(OnboardingId id, SupportTaskKind kind, SupportTaskState target) {
        Actor actor = currentUser.requireVendor();
        var task = tasks(id).stream().filter(t -> t.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind + " does not apply to onboarding " + id));
        if (!task.state().next().contains(target)) {
            throw new IllegalArgumentException("Support task " + kind + " cannot move from " + task.state() + " to " + target);
        }
        var now = clock.instant();
        tasks.save(id, kind, new SupportTaskRepository.Row(target, actor.id(), now));
        audit.append(onboardings.getForVendor(id).organizationId(), id, AuditAction.TASK_CHANGED, task.state().name(),
                target.name(), kind.name());
        return new SupportTask(kind, target, Optional.of(actor.id()), Optional.of(now));
    }
}
