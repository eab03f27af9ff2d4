package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.MaintenanceSchedule;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.time.LocalTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;

/** MW-004: a start time that the yearly daylight-saving change skips or repeats on the window's weekday is announced, with when the window then starts. */
public final class MaintenanceStartAcrossDst implements Rule {

    @Override
    public String id() {
        return "MW-004";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var window = inputs.maintenance();
        var zone = MaintenanceSchedule.zone(window.timeZone());
        var start = window.start();
        if (window.weekday() == null || start.isEmpty() || zone.isEmpty()) {
            return List.of();
        }
        return zone.get().getRules().getTransitionRules().stream()
                .map(rule -> rule.createTransition(REFERENCE_YEAR))
                .filter(t -> t.getDateTimeBefore().getDayOfWeek() == window.weekday())
                .flatMap(t -> affected(t, start.get()).stream())
                .distinct()
                .toList();
    }

    /** Rules that name a weekday (nearly all) fall on it every year, so one year stands for all. */
    private static final int REFERENCE_YEAR = 2030;

    private Optional<Finding> affected(ZoneOffsetTransition transition, LocalTime start) {
        LocalTime before = transition.getDateTimeBefore().toLocalTime();
        LocalTime after = transition.getDateTimeAfter().toLocalTime();
        if (transition.isGap() && !start.isBefore(before) && start.isBefore(after)) {
            LocalTime moved = start.plus(transition.getDuration());
            return Optional.of(Finding.warning(id(), InputField.MAINTENANCE_START, "rule.MW-004.gap", start.toString(),
                    moved.toString()));
        }
        if (transition.isOverlap() && !start.isBefore(after) && start.isBefore(before)) {
            return Optional.of(Finding.warning(id(), InputField.MAINTENANCE_START, "rule.MW-004.overlap", start.toString()));
        }
        return Optional.empty();
    }
}
