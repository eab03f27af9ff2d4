package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** PEER-001: each peered VPC names its AWS account by its 12-digit ID. */
public final class PeerAccountIdFormat implements Rule {

    @Override
    public String id() {
        return "PEER-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return Peers.eachPeer(inputs,
                (index, peer) -> AccountIds.check(id(), InputField.peer(index, "accountId"), peer.accountId()));
    }
}
