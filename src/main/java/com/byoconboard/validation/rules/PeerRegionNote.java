package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * PEER-007: says whether each peering stays in the BYOC region or crosses regions: an inter-region peering is
 * accepted in the peer's region, its traffic is charged as inter-region, and security groups cannot reference
 * the other side's groups, only its CIDR.
 */
public final class PeerRegionNote implements Rule {

    @Override
    public String id() {
        return "PEER-007";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.region().isBlank()) {
            return List.of();
        }
        return Peers.eachPeer(inputs, (index, peer) -> {
            String region = peer.regionOr(inputs.region());
            String field = InputField.peer(index, "region");
            return List.of(region.equals(inputs.region())
                    ? Finding.info(id(), field, "rule.PEER-007.sameRegion", region)
                    : Finding.info(id(), field, "rule.PEER-007.interRegion", inputs.region(), region));
        });
    }
}
