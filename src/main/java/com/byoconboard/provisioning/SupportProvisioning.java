package com.byoconboard.provisioning;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.support.ProvisioningControl;
import com.vaadin.flow.component.Component;

import java.time.Clock;

/**
 * The support console's provisioning slot: the run's progress with the actions the service allows support, the
 * same panel the customer sees.
 */
@org.springframework.stereotype.Component
class SupportProvisioning implements ProvisioningControl {

    private final ProvisioningService provisioning;
    private final ProgressBroadcaster broadcaster;
    private final Clock clock;
    private final CurrentUser currentUser;

    SupportProvisioning(ProvisioningService provisioning, ProgressBroadcaster broadcaster, Clock clock,
                        CurrentUser currentUser) {
        this.provisioning = provisioning;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public Component statusPanel(OnboardingId id) {
        return new RunProgressPanel(id, provisioning, broadcaster, clock, currentUser.actor());
    }
}
