package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * PEER-008: removing the public load balancer leaves the peered VPCs as the only way in, so it needs a peer; and
 * it names what stops working (the public endpoint and its allow-list), as the confirmation the guide asks for.
 */
public final class PublicLoadBalancerRemoval implements Rule {

    @Override
    public String id() {
        return "PEER-008";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var connectivity = inputs.connectivity();
        if (!connectivity.removePublicLoadBalancer()) {
            return List.of();
        }
        if (connectivity.activePeers().isEmpty()) {
            return List.of(Finding.error(id(), InputField.REMOVE_PUBLIC_LB, "rule.PEER-008.noPeer"));
        }
        return List.of(Finding.warning(id(), InputField.REMOVE_PUBLIC_LB, "rule.PEER-008.stopsWorking"));
    }
}
