package com.byoconboard.support;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The guide's support tasks as the customer sees them (where each stands, who did it and when), and the one a
 * customer starts: asking for the public load balancer's removal. Only the organization's customers get here.
 */
@Service
public class CustomerSupportTasks {

    private final OnboardingService onboardings;
    private final SupportTaskRepository tasks;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerSupportTasks(OnboardingService onboardings, SupportTaskRepository tasks, AuditLog audit,
                         CurrentUser currentUser, Clock clock) {
        this.onboardings = onboardings;
        this.tasks = tasks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The support tasks of one of the organization's onboardings; the onboarding service refuses other callers. */
    public List<SupportTask> of(OrganizationId org, OnboardingId id) {
        return tasks.tasks(onboardings.get(org, id));
    }

    /**
     * The customer, having confirmed that the public endpoint and its allow-list stop working, asks support to
     * remove the public load balancer of a ready onboarding. It goes through the peering change (so PEER-008's
     * rule holds: only with a peer to reach the service through) and opens the task in their name, audited.
     *
     * @throws IllegalStateException when it was asked for already
     */
    @Transactional
    public SupportTask requestPublicLoadBalancerRemoval(OrganizationId org, OnboardingId id, long expectedVersion) {
        var actor = currentUser.requireCustomerOf(org);
        var before = of(org, id).stream().filter(t -> t.kind() == SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER)
                .findFirst().map(SupportTask::state).orElse(SupportTaskState.WAITING_FOR_REQUEST);
        if (before != SupportTaskState.WAITING_FOR_REQUEST) {
            throw new IllegalStateException("The removal of the public load balancer of " + id + " was asked for already");
        }
        onboardings.changePeering(org, id, expectedVersion, c -> c.withRemovePublicLoadBalancer(true));
        var now = clock.instant();
        tasks.save(id, SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER,
                new SupportTaskRepository.Row(SupportTaskState.OPEN, actor.id(), now));
        audit.append(org, id, AuditAction.TASK_CHANGED, before.name(), SupportTaskState.OPEN.name(),
                SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER.name());
        return new SupportTask(SupportTaskKind.REMOVE_PUBLIC_LOAD_BALANCER, SupportTaskState.OPEN,
                Optional.of(actor.id()), Optional.of(now));
    }
}
