package com.byoconboard.api;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentOrganization;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who calls: a customer's client reaches its own organization's onboardings, a support client every
 * organization's, through the very service methods the wizard and the support console use.
 */
@Component
class ApiCaller {

    private final CurrentUser currentUser;
    private final CurrentOrganization organization;
    private final OnboardingService onboardings;

    ApiCaller(CurrentUser currentUser, CurrentOrganization organization, OnboardingService onboardings) {
        this.currentUser = currentUser;
        this.organization = organization;
        this.onboardings = onboardings;
    }

    String id() {
        return currentUser.require().id();
    }

    boolean vendor() {
        return currentUser.require().vendor();
    }

    /** Another organization's onboarding is "not found" for a customer, exactly as in the wizard. */
    Onboarding onboarding(UUID id) {
        var onboardingId = new OnboardingId(id);
        return vendor() ? onboardings.getForVendor(onboardingId) : onboardings.get(organization.id(), onboardingId);
    }

    List<Onboarding> onboardings() {
        return vendor() ? onboardings.listForVendor() : onboardings.list(organization.id());
    }

    /** The caller, for the decisions services make about them (the run actions they may take). */
    Optional<Actor> actor() {
        return currentUser.actor();
    }
}
