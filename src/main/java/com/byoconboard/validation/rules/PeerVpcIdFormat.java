package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** PEER-002: each peered VPC is named by its VPC ID, vpc- followed by 8 or 17 hex digits. */
public final class PeerVpcIdFormat implements Rule {

    @Override
    public String id() {
        return "PEER-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return Peers.eachPeer(inputs,
                (index, peer) -> ResourceIds.check(id(), InputField.peer(index, "vpcId"), "vpc", peer.vpcId()));
    }
}
