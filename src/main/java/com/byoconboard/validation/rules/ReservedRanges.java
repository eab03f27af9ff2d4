package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * CIDR-001: no network typed anywhere (new or existing VPC, subnets, peers, allow-list) lies in a reserved range —
 * this network (0.0.0.0/8), loopback, link-local, multicast, reserved for future use (240.0.0.0/4) — each named as
 * what it is.
 */
public final class ReservedRanges implements Rule {

    @Override
    public String id() {
        return "CIDR-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        var network = inputs.network();
        if (network.mode() == VpcMode.NEW_VPC) {
            check(findings, InputField.VPC_CIDR, network.vpcCidr());
        } else {
            check(findings, InputField.EXISTING_VPC_CIDR, network.existingVpcCidr());
            var subnets = network.existingSubnets();
            for (int i = 0; i < subnets.size(); i++) {
                check(findings, InputField.existingSubnet(i, "cidr"), subnets.get(i).cidr());
            }
        }
        var peers = Peers.of(inputs);
        for (int i = 0; i < peers.size(); i++) {
            check(findings, InputField.peer(i, "cidr"), peers.get(i).cidr());
        }
        var allowList = inputs.connectivity().allowList();
        for (int i = 0; i < allowList.size(); i++) {
            check(findings, InputField.allowListEntry(i), allowList.get(i));
        }
        return findings;
    }

    private void check(List<Finding> findings, String field, String text) {
        Cidrs.network(text).flatMap(ReservedRange::containing).ifPresent(match -> findings.add(Finding.error(id(), field,
                "rule.CIDR-001." + match.range().variant(), text.strip(), match.block().toCanonicalString())));
    }
}
