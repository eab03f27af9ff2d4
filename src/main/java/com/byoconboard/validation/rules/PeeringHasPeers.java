package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** PEER-005: switching peering on means naming at least one VPC to peer with. */
public final class PeeringHasPeers implements Rule {

    @Override
    public String id() {
        return "PEER-005";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.connectivity().peeringEnabled() && inputs.connectivity().peers().isEmpty()) {
            return List.of(Finding.error(id(), InputField.PEERS, "rule.PEER-005.none"));
        }
        return List.of();
    }
}
