package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.RuleContext;
import com.byoconboard.validation.SaveRule;

import java.util.ArrayList;
import java.util.List;

/**
 * LIM-001: the lists have limits, refused on save: at most {@value #ALLOW_LIST} allow-list entries, {@value #SUBNETS}
 * subnets of an existing VPC, {@value #PEERS} peered VPCs (AWS's default quota of active peering connections per VPC;
 * each peer's CIDR is one security-group rule), and no more AZ IDs than the largest region has.
 */
public final class ListSizeLimits implements SaveRule {

    /** Enough for any office and CI fleet; longer lists are neighbouring addresses that belong in CIDR blocks. */
    static final int ALLOW_LIST = 1000;
    /** The deployment uses one private subnet per AZ; more than this is an inventory of the VPC, not a handover. */
    static final int SUBNETS = 16;
    static final int PEERS = 50;

    @Override
    public String id() {
        return "LIM-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        limit(findings, InputField.ALLOW_LIST, "allowList", inputs.connectivity().allowList().size(), ALLOW_LIST);
        limit(findings, InputField.EXISTING_SUBNETS, "subnets", inputs.network().existingSubnets().size(), SUBNETS);
        limit(findings, InputField.PEERS, "peers", inputs.connectivity().peers().size(), PEERS);
        limit(findings, InputField.AZ_IDS, "azIds", inputs.network().azIds().size(), context.azCatalog().mostAzIds());
        return findings;
    }

    private void limit(List<Finding> findings, String field, String variant, int size, int max) {
        if (size > max) {
            findings.add(Finding.error(id(), field, "rule.LIM-001." + variant, size, max));
        }
    }
}
