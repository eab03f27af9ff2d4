package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * PEER-009: we request the peering and add its routes through the bootstrap role's VPC write permissions; without
 * them nothing would be peered. Shown on both steps, since either choice can be changed to fix it.
 */
public final class PeeringNeedsVpcWrite implements Rule {

    @Override
    public String id() {
        return "PEER-009";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.bootstrapRole().allowVpcWrite() || inputs.connectivity().activePeers().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.error(id(), InputField.ALLOW_VPC_WRITE, "rule.PEER-009.onRole"),
                Finding.error(id(), InputField.PEERS, "rule.PEER-009.onPeers"));
    }
}
