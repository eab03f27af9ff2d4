package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** ALLOW-001: each allow-list entry is an IPv4 or IPv6 address or network in CIDR notation. */
public final class AllowListEntryFormat implements Rule {

    @Override
    public String id() {
        return "ALLOW-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var entries = inputs.connectivity().allowList();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            var parsed = Cidrs.parse(entry);
            if (parsed.isEmpty()) {
                findings.add(Finding.error(id(), InputField.allowListEntry(i), "rule.ALLOW-001.invalid", entry));
            } else if (Cidrs.hasHostBits(parsed.get())) {
                findings.add(Finding.error(id(), InputField.allowListEntry(i), "rule.ALLOW-001.hostBits", entry,
                        parsed.get().toPrefixBlock().toCanonicalString()));
            }
        }
        return findings;
    }
}
