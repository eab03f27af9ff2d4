package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.stream.IntStream;

/** ALLOW-004: private and shared addresses never reach a public endpoint: allowed, with a warning. */
public final class AllowListPrivateRange implements Rule {

    @Override
    public String id() {
        return "ALLOW-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var entries = inputs.connectivity().allowList();
        return IntStream.range(0, entries.size())
                .filter(i -> Cidrs.network(entries.get(i)).filter(Cidrs::isNonPublic).isPresent())
                .mapToObj(i -> Finding.warning(id(), InputField.allowListEntry(i), "rule.ALLOW-004.nonPublic",
                        entries.get(i).strip()))
                .toList();
    }
}
