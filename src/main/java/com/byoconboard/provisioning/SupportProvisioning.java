package com.byoconboard.provisioning;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.ProvisioningControl;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import java.time.Clock;

/**
 * The support console's provisioning slot: the run's progress with the actions the service allows support, the
 * same panel the customer sees, support's access to the customer's account (requested here, granted by the customer),
 * the customer's change requests, and once ready the same drift check.
 */
@org.springframework.stereotype.Component
class SupportProvisioning implements ProvisioningControl {

    private final ProvisioningService provisioning;
    private final ProgressBroadcaster broadcaster;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final DriftService drift;
    private final OnboardingService onboardings;
    private final ChangeService changes;
    private final AccessGrants grants;

    SupportProvisioning(ProvisioningService provisioning, ProgressBroadcaster broadcaster, Clock clock,
                        CurrentUser currentUser, DriftService drift, OnboardingService onboardings, ChangeService changes,
                        AccessGrants grants) {
        this.changes = changes;
        this.grants = grants;
        this.provisioning = provisioning;
        this.drift = drift;
        this.onboardings = onboardings;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public Component statusPanel(OnboardingId id) {
        var panel = new Div(new RunProgressPanel(id, provisioning, broadcaster, clock, currentUser.actor()),
                new AccessPanel(id, grants, false));
        // The customer's day-2 change requests, with approve and refuse where support reviews them.
        if (!changes.list(id).isEmpty()) {
            panel.add(new ChangeList(id, changes, broadcaster, currentUser.actor()));
        }
        if (drift.checkable(id)) {
            panel.add(new DriftPanel(id, onboardings.getForVendor(id).inputs().bootstrapRole().roleArn(), drift));
        }
        return panel;
    }
}
