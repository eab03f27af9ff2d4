package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;

/** MW-001: the maintenance window names a day of the week. */
public final class MaintenanceWeekdayChosen implements Rule {

    @Override
    public String id() {
        return "MW-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.maintenance().weekday() == null) {
            return List.of(Finding.error(id(), InputField.MAINTENANCE_WEEKDAY, "rule.MW-001.required"));
        }
        return List.of();
    }
}
