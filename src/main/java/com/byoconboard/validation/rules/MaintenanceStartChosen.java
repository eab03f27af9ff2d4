package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** MW-002: the maintenance window names a start time, in whole minutes. */
public final class MaintenanceStartChosen implements Rule {

    @Override
    public String id() {
        return "MW-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var start = inputs.maintenance().startTime();
        if (start == null) {
            return List.of(Finding.error(id(), InputField.MAINTENANCE_START, "rule.MW-002.required"));
        }
        if (start.getSecond() != 0 || start.getNano() != 0) {
            String minute = start.truncatedTo(ChronoUnit.MINUTES).toString();
            return List.of(Finding.error(id(), InputField.MAINTENANCE_START, "rule.MW-002.wholeMinutes", minute));
        }
        return List.of();
    }
}
