package com.byoconboard.support;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import org.springframework.stereotype.Service;

import java.util.List;

/** What a customer sees of support's work on their requests: state changes and support's comments. */
@Service
public class CustomerTimeline {

    private final OnboardingService onboardings;
    private final AuditRepository audit;
    private final CurrentUser currentUser;

    CustomerTimeline(OnboardingService onboardings, AuditRepository audit, CurrentUser currentUser) {
        this.onboardings = onboardings;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** One onboarding's timeline, newest first; the onboarding service refuses other organizations' callers. */
    public List<AuditEntry> of(OrganizationId org, OnboardingId id) {
        onboardings.get(org, id);
        return audit.ofOnboarding(id).stream().filter(e -> e.action().customerVisible()).toList();
    }

    /** The newest entries across the organization's onboardings, for the landing page. */
    public List<AuditEntry> recent(OrganizationId org, int limit) {
        currentUser.requireReaderOf(org);
        return audit.ofOrganization(org).stream().filter(e -> e.action().customerVisible()).limit(limit).toList();
    }
}
