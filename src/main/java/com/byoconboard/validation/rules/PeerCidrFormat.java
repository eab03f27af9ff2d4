package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** PEER-003: each peered VPC gives its IPv4 CIDR, which support adds to the security group. */
public final class PeerCidrFormat implements Rule {

    @Override
    public String id() {
        return "PEER-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return Peers.eachPeer(inputs,
                (index, peer) -> CidrText.check(id(), InputField.peer(index, "cidr"), peer.cidr()));
    }
}
