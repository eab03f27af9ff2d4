package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: who did what to which onboarding, when, and the value before and after.
 *
 * @param detail free text that goes with the action: the comment or reason support gave, the task's name
 */
public record AuditEntry(long id, Instant at, String actor, Optional<OrganizationId> organization,
                         Optional<OnboardingId> onboarding, AuditAction action, String before, String after,
                         String detail) {
}
