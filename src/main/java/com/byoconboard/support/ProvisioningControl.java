package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import com.vaadin.flow.component.Component;

/**
 * What the support console shows of provisioning, implemented by the provisioning module (so that support does
 * not depend on it). The run's actions are in it, as the provisioning service allows them to support.
 */
public interface ProvisioningControl {

    /** The pre-flight checks and provisioning steps of one onboarding, as support sees them on its detail page. */
    Component statusPanel(OnboardingId id);
}
