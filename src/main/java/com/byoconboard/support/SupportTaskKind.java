package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingInputs;

/** The steps the guide reserves for vendor support, and when each one applies. */
public enum SupportTaskKind {
    /** Private connectivity needs the private load balancer, which only support can enable. */
    ENABLE_PRIVATE_LOAD_BALANCER,
    /** Support adds each peered VPC's CIDR to the security group's inbound rules. */
    ALLOW_PEER_CIDR_INBOUND,
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
