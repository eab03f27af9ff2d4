package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.validation.Finding;
import inet.ipaddr.IPAddress;

import java.util.List;
import java.util.Optional;

/** What the peering rules share: peers count only while peering is switched on. */
final class Peers {

    private Peers() {
    }

    static List<VpcPeer> of(OnboardingInputs inputs) {
        return inputs.connectivity().activePeers();
    }

    /** The findings of {@code check} for every peer row, in row order; none while peering is off. */
    static List<Finding> eachPeer(OnboardingInputs inputs, Rows.Check<VpcPeer> check) {
        return Rows.each(of(inputs), check);
    }

    /** The BYOC VPC's network: the new VPC's CIDR, or the existing VPC's. */
    static Optional<IPAddress> byocVpc(OnboardingInputs inputs) {
        return Cidrs.ipv4Network(inputs.network().byocCidr());
    }
}
