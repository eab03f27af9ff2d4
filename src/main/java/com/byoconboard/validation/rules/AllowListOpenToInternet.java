package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.stream.IntStream;

/** ALLOW-003: 0.0.0.0/0 or ::/0 opens the public endpoint to the whole internet: allowed, with a warning. */
public final class AllowListOpenToInternet implements Rule {

    @Override
    public String id() {
        return "ALLOW-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var entries = inputs.connectivity().allowList();
        return IntStream.range(0, entries.size())
                .filter(i -> Cidrs.network(entries.get(i)).filter(n -> n.getNetworkPrefixLength() == 0).isPresent())
                .mapToObj(i -> Finding.warning(id(), InputField.allowListEntry(i), "rule.ALLOW-003.anyAddress",
                        entries.get(i).strip()))
                .toList();
    }
}
