package com.byoconboard.provisioning;

import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * With {@code byoc.provisioning.auto-start-on-submit} (the sandbox has no support person): approves a
 * submitted onboarding and starts provisioning it, in one transaction of its own after the submit committed. The
 * submit's event stays in the event publication registry until that is done, so a crash in between loses nothing.
 */
@Component
class AutoStart {

    private final ProvisioningProperties properties;
    private final OnboardingService onboardings;
    private final ProvisioningService provisioning;

    AutoStart(ProvisioningProperties properties, OnboardingService onboardings, ProvisioningService provisioning) {
        this.properties = properties;
        this.onboardings = onboardings;
        this.provisioning = provisioning;
    }

    @ApplicationModuleListener
    void on(OnboardingEvents.StateChanged event) {
        if (!properties.autoStartOnSubmit() || event.to() != OnboardingState.SUBMITTED) {
            return;
        }
        SystemActor.run("provisioning-auto-start", () -> {
            onboardings.moveTo(event.id(), OnboardingState.APPROVED);
            provisioning.start(event.id());
        });
    }
}
