package com.byoconboard.validation;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingProperties;
import com.byoconboard.onboarding.SubmissionCheck;
import com.byoconboard.validation.rules.AccountIdFormat;
import com.byoconboard.validation.rules.RegionSupported;
import org.springframework.stereotype.Service;

import java.util.List;

/** Runs every rule of the guide over a set of inputs; used live by the wizard and again on submit. */
@Service
public class OnboardingValidator implements SubmissionCheck {

    private final List<Rule> rules = List.of(new AccountIdFormat(), new RegionSupported());
    private final RuleContext context;

    OnboardingValidator(OnboardingProperties properties) {
        this.context = new RuleContext(properties.supportedRegions());
    }

    public ValidationReport validate(OnboardingInputs inputs) {
        return new ValidationReport(rules.stream().flatMap(r -> r.check(inputs, context).stream()).toList());
    }

    public List<Rule> rules() {
        return rules;
    }

    @Override
    public List<String> blockingRuleIds(OnboardingInputs inputs) {
        return validate(inputs).errors().stream().map(Finding::ruleId).distinct().toList();
    }
}
