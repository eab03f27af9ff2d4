package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import com.vaadin.flow.component.Component;

/**
 * What the support console asks of provisioning. The provisioning module implements it as a bean; until then
 * the console falls back to moving the state only and says that provisioning is not connected. An
 * implementation owns the state moves (e.g. {@code moveTo(id, PROVISIONING)} after its pre-flight passed).
 */
public interface ProvisioningControl {

    /** Starts provisioning an approved onboarding, or retries a failed one. */
    void start(OnboardingId id);

    /** Removes what provisioning created, ending in TORN_DOWN. */
    void tearDown(OnboardingId id);

    /** The pre-flight checks and provisioning steps of one onboarding, as support sees them on its detail page. */
    Component statusPanel(OnboardingId id);
}
