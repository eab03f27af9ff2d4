package com.byoconboard.validation.rules;

import com.byoconboard.deployment.Scope;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * PEER-006: a peer VPC's region, when given, is an AWS region code in the BYOC region's partition (AWS peers VPCs
 * across regions, never across partitions); blank means the BYOC region.
 */
public final class PeerRegionValid implements Rule {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");

    @Override
    public String id() {
        return "PEER-006";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return Peers.eachPeer(inputs, (index, peer) -> {
            String field = InputField.peer(index, "region");
            String region = peer.region();
            if (region.isBlank()) {
                return List.of();
            }
            if (!REGION.matcher(region).matches()) {
                return List.of(Finding.error(id(), field, "rule.PEER-006.format", region));
            }
            String byoc = Scope.Target.partitionOf(inputs.region());
            String peerPartition = Scope.Target.partitionOf(region);
            if (!inputs.region().isBlank() && !byoc.equals(peerPartition)) {
                return List.of(Finding.error(id(), field, "rule.PEER-006.partition", region, inputs.region()));
            }
            return List.of();
        });
    }
}
