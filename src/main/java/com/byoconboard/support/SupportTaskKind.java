package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingInputs;

/**
 * The steps the guide reserves for vendor support, and when each one applies. The guide's third support ticket,
 * the security-group rule for the peer CIDRs, is no task here: the app adds it itself through the customer's role
 * (the {@code peering-security-group} provisioning step), which may peer at all only with VPC writes allowed
 * (PEER-009), and those include that rule.
 */
public enum SupportTaskKind {
    /** Private connectivity needs the private load balancer, which only support can enable. */
    ENABLE_PRIVATE_LOAD_BALANCER,
    /** Once private connectivity works, the customer may ask support to remove the public load balancer. */
    REMOVE_PUBLIC_LOAD_BALANCER;

    public boolean appliesTo(OnboardingInputs inputs) {
        return !inputs.connectivity().activePeers().isEmpty();
    }

    /**
     * Where a task starts: removing the public load balancer waits for the customer to ask, unless they asked in
     * the wizard already (and confirmed what stops working, PEER-008).
     */
    public SupportTaskState initialState(OnboardingInputs inputs) {
        return this == REMOVE_PUBLIC_LOAD_BALANCER && !inputs.connectivity().removePublicLoadBalancer()
                ? SupportTaskState.WAITING_FOR_REQUEST : SupportTaskState.OPEN;
    }
}
