package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.ProvisioningControl;
import com.vaadin.flow.component.Component;

import java.time.Clock;
import java.util.function.Supplier;

/** Connects the support console's actions and its status slot to the real provisioning engine. */
@org.springframework.stereotype.Component
class SupportProvisioning implements ProvisioningControl {

    private final ProvisioningService provisioning;
    private final OnboardingService onboardings;
    private final ProgressBroadcaster broadcaster;
    private final Clock clock;

    SupportProvisioning(ProvisioningService provisioning, OnboardingService onboardings,
                        ProgressBroadcaster broadcaster, Clock clock) {
        this.provisioning = provisioning;
        this.onboardings = onboardings;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @Override
    public void start(OnboardingId id) {
        if (onboardings.getForVendor(id).state() == OnboardingState.FAILED) {
            provisioning.retry(id);
        } else {
            provisioning.start(id);
        }
    }

    @Override
    public void tearDown(OnboardingId id) {
        provisioning.tearDown(id);
    }

    /** Support acts as itself: the services check its role. */
    @Override
    public Component statusPanel(OnboardingId id) {
        return new RunProgressPanel(id, provisioning, broadcaster, clock, Supplier::get);
    }
}
