package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.ValidInputs;

import java.util.List;

/** Runs one rule against inputs, for the rule unit tests. */
final class RuleTesting {

    private RuleTesting() {
    }

    static List<Finding> check(Rule rule, OnboardingInputs inputs) {
        return rule.check(inputs, ValidInputs.CONTEXT);
    }

    static Finding only(Rule rule, OnboardingInputs inputs) {
        var findings = check(rule, inputs);
        if (findings.size() != 1) {
            throw new AssertionError("expected one finding of " + rule.id() + ", got " + findings);
        }
        return findings.getFirst();
    }

    static String fixText(Finding finding, Fix.Kind kind) {
        return finding.fix().filter(f -> f.kind() == kind).map(Fix::text)
                .orElseThrow(() -> new AssertionError("no " + kind + " fix on " + finding));
    }
}
