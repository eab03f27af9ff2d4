package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** ALLOW-006: with an empty allow-list the service is reachable only privately, so VPC peering with at least one VPC is required. */
public final class PrivateAccessNeedsPeering implements Rule {

    @Override
    public String id() {
        return "ALLOW-006";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var connectivity = inputs.connectivity();
        if (connectivity.allowList().isEmpty() && connectivity.activePeers().isEmpty()) {
            return List.of(Finding.error(id(), InputField.ALLOW_LIST, "rule.ALLOW-006.unreachable"));
        }
        return List.of();
    }
}
