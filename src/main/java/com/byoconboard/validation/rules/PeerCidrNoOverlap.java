package com.byoconboard.validation.rules;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** PEER-004: a peered VPC's CIDR overlaps neither the BYOC VPC nor another peer, or routing between them is impossible. */
public final class PeerCidrNoOverlap implements Rule {

    @Override
    public String id() {
        return "PEER-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        List<String> cidrs = Peers.of(inputs).stream().map(VpcPeer::cidr).toList();
        var byoc = Peers.byocVpc(inputs);
        return Peers.eachPeer(inputs, (index, row) -> {
            var peer = Cidrs.ipv4Network(row.cidr());
            if (peer.isEmpty()) {
                return List.of();
            }
            String field = InputField.peer(index, "cidr");
            if (byoc.isPresent() && NetworkPlan.overlap(byoc.get(), peer.get())) {
                return List.of(Finding.error(id(), field, "rule.PEER-004.byocVpc", peer.get().toCanonicalString(),
                        byoc.get().toCanonicalString()));
            }
            return Cidrs.firstOverlapBefore(cidrs, index, peer.get())
                    .map(earlier -> List.of(Finding.error(id(), field, "rule.PEER-004.otherPeer",
                            peer.get().toCanonicalString(), earlier.network().toCanonicalString(), earlier.index() + 1)))
                    .orElse(List.of());
        });
    }
}
