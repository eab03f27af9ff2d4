package com.byoconboard.onboarding;

import com.byoconboard.identity.OrganizationId;

import java.time.Instant;

/**
 * One customer's request to deploy into their AWS account: the inputs, where it stands, and the
 * ExternalId that protects the cross-account role against the confused-deputy problem.
 *
 * @param version optimistic-locking version; every write must name the version it read
 * @param revision bumped each time the customer resubmits after support asked for changes
 */
public record Onboarding(
        OnboardingId id,
        OrganizationId organizationId,
        OnboardingState state,
        OnboardingInputs inputs,
        String externalId,
        int revision,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A name for lists: the organization name typed in the wizard, else the account ID, else nothing. */
    public String displayName() {
        if (!inputs.account().organizationName().isBlank()) {
            return inputs.account().organizationName();
        }
        return inputs.account().accountId();
    }
}
