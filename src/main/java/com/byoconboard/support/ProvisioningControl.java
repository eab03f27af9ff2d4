package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import com.vaadin.flow.component.Component;

/**
 * What the support console asks of provisioning, implemented by the provisioning module (so that support does
 * not depend on it). The implementation owns the state moves of a run.
 */
public interface ProvisioningControl {

    /** Starts provisioning an approved onboarding, or retries a failed one. */
    void start(OnboardingId id);

    /** Removes what provisioning created, ending in TORN_DOWN. */
    void tearDown(OnboardingId id);

    /** The pre-flight checks and provisioning steps of one onboarding, as support sees them on its detail page. */
    Component statusPanel(OnboardingId id);
}
