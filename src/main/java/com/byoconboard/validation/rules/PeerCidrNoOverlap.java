package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** PEER-004: a peered VPC's CIDR overlaps neither the BYOC VPC nor another peer, or routing between them is impossible. */
public final class PeerCidrNoOverlap implements Rule {

    @Override
    public String id() {
        return "PEER-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var peers = Peers.of(inputs);
        var byoc = Peers.byocVpc(inputs);
        List<Finding> findings = new ArrayList<>();
        for (int j = 0; j < peers.size(); j++) {
            var peer = Cidrs.ipv4Network(peers.get(j).cidr());
            if (peer.isEmpty()) {
                continue;
            }
            String field = InputField.peer(j, "cidr");
            if (byoc.isPresent() && Cidrs.overlap(byoc.get(), peer.get())) {
                findings.add(Finding.error(id(), field, "rule.PEER-004.byocVpc", peer.get().toCanonicalString(),
                        byoc.get().toCanonicalString()));
                continue;
            }
            for (int i = 0; i < j; i++) {
                var earlier = Cidrs.ipv4Network(peers.get(i).cidr());
                if (earlier.isPresent() && Cidrs.overlap(earlier.get(), peer.get())) {
                    findings.add(Finding.error(id(), field, "rule.PEER-004.otherPeer", peer.get().toCanonicalString(),
                            earlier.get().toCanonicalString(), i + 1));
                    break;
                }
            }
        }
        return findings;
    }
}
