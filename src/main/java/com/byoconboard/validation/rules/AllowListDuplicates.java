package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** ALLOW-002: each network appears once in the allow-list (203.0.113.7 and 203.0.113.7/32 are the same). */
public final class AllowListDuplicates implements Rule {

    @Override
    public String id() {
        return "ALLOW-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var entries = inputs.connectivity().allowList();
        var seen = new HashSet<String>();
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String entry : entries) {
            String key = Cidrs.network(entry).map(n -> n.toCanonicalString()).orElse(entry.strip());
            (seen.add(key) ? kept : dropped).add(entry.strip());
        }
        if (dropped.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.warning(id(), InputField.ALLOW_LIST, "rule.ALLOW-002.duplicates", String.join(", ", dropped))
                .withFix(Fix.correctedValue(String.join("\n", kept))));
    }
}
