package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.MaintenanceSchedule;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** MW-003: the maintenance window's time zone is an IANA zone (e.g. America/Los_Angeles) so that daylight saving time is followed. */
public final class MaintenanceTimeZoneValid implements Rule {

    @Override
    public String id() {
        return "MW-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String raw = inputs.maintenance().timeZone();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.MAINTENANCE_TIME_ZONE, "rule.MW-003.required"));
        }
        String typed = raw.strip();
        var zone = MaintenanceSchedule.zone(typed);
        if (zone.isEmpty()) {
            String abbreviation = ZoneId.SHORT_IDS.get(typed.toUpperCase(Locale.ROOT));
            if (abbreviation != null && abbreviation.contains("/")) {
                return List.of(Finding.error(id(), InputField.MAINTENANCE_TIME_ZONE, "rule.MW-003.abbreviation", typed,
                        abbreviation).withFix(Fix.correctedValue(abbreviation)));
            }
            return ZoneId.getAvailableZoneIds().stream()
                    .filter(z -> z.equalsIgnoreCase(typed.replace(' ', '_')))
                    .findFirst()
                    .map(z -> List.of(Finding.error(id(), InputField.MAINTENANCE_TIME_ZONE, "rule.MW-003.spelling", typed, z)
                            .withFix(Fix.correctedValue(z))))
                    .orElseGet(() -> List.of(Finding.error(id(), InputField.MAINTENANCE_TIME_ZONE, "rule.MW-003.unknown", typed)));
        }
        if (zone.get().getRules().isFixedOffset() && !zone.get().normalized().equals(ZoneOffset.UTC)) {
            return List.of(Finding.warning(id(), InputField.MAINTENANCE_TIME_ZONE, "rule.MW-003.fixedOffset", typed));
        }
        if (!raw.equals(typed)) {
            return List.of(Finding.error(id(), InputField.MAINTENANCE_TIME_ZONE, "rule.MW-003.whitespace", typed)
                    .withFix(Fix.correctedValue(typed)));
        }
        return List.of();
    }
}
