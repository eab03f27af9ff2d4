package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/**
 * PEER-010: a peered VPC in the BYOC account itself. AWS allows peering two VPCs of one account, so this is a warning
 * that says what differs: the acceptance is given in this account, and the account is then shared with other workloads.
 */
public final class PeerInByocAccount implements Rule {

    @Override
    public String id() {
        return "PEER-010";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var byoc = AccountIds.normalise(inputs.account().accountId());
        if (byoc.isEmpty()) {
            return List.of();
        }
        return Peers.eachPeer(inputs, (index, peer) -> AccountIds.normalise(peer.accountId())
                .filter(byoc.get()::equals)
                .map(account -> List.of(Finding.warning(id(), InputField.peer(index, "accountId"),
                        "rule.PEER-010.sameAccount", account, peer.vpcId())))
                .orElse(List.of()));
    }
}
