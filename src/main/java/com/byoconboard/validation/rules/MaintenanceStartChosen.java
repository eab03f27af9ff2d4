package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MW-002: the maintenance window names a start time on the 24-hour clock, in whole minutes. What is typed is kept as
 * typed: an impossible time ({@code 25:00}, {@code 1:60}) or a 12-hour time with a zone ({@code 1:00 PM PDT}) is
 * explained, never rewritten into another time.
 */
public final class MaintenanceStartChosen implements Rule {

    @Override
    public String id() {
        return "MW-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        var window = inputs.maintenance();
        String typed = window.startTime().strip();
        if (typed.isEmpty()) {
            return List.of(error("required"));
        }
        var start = window.start();
        if (start.isPresent()) {
            if (start.get().getSecond() != 0) {
                return List.of(error("wholeMinutes", start.get().truncatedTo(ChronoUnit.MINUTES).toString()));
            }
            return List.of();
        }
        var clock = CLOCK.matcher(typed);
        if (!clock.matches()) {
            return List.of(error("format", typed));
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
        String meridiem = clock.group(3) == null ? "" : clock.group(3).replace(".", "").toUpperCase(Locale.ROOT);
        boolean zoneWord = !clock.group(4).isBlank();
        if (minute > 59) {
            return List.of(error("minuteRange", typed));
        }
        if (!meridiem.isEmpty()) {
            if (hour < 1 || hour > 12) {
                return List.of(error("hourRange", typed));
            }
            String twentyFour = String.format(Locale.ROOT, "%02d:%02d", hour % 12 + (meridiem.equals("PM") ? 12 : 0), minute);
            return List.of(error("twelveHour", typed, twentyFour).withFix(Fix.correctedValue(twentyFour)));
        }
        if (hour > 23) {
            return List.of(error("hourRange", typed));
        }
        String time = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
        return List.of(zoneWord ? error("withZone", typed, time).withFix(Fix.correctedValue(time))
                : error("format", typed));
    }

    private Finding error(String variant, Object... args) {
        return Finding.error(id(), InputField.MAINTENANCE_START, "rule.MW-002." + variant, args);
    }

    /** A clock time however people write it: hour, optional minutes, optional AM/PM, then perhaps a zone word. */
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2})(?:[:.h](\\d{1,2}))?\\s*([AaPp]\\.?[Mm]\\.?)?((?:\\s+[A-Za-z][A-Za-z0-9/_+:-]*)?)");
}
