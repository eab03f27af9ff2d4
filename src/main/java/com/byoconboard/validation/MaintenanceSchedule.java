package com.byoconboard.validation;

import com.byoconboard.onboarding.OnboardingInputs.MaintenanceWindow;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a weekly maintenance window really starts: in the customer's zone, with daylight saving time applied
 * (a start inside the spring-forward gap moves later by the gap, a start in the autumn overlap takes the first).
 */
public final class MaintenanceSchedule {

    private MaintenanceSchedule() {
    }

    /** One start of the window, as the customer reads it and in UTC. */
    public record Occurrence(ZonedDateTime local, ZonedDateTime utc) {
    }

    /** The IANA zone a text names, if it names one ({@code Asia/Tokyo}, {@code UTC}, {@code +09:00}). */
    public static Optional<ZoneId> zone(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /** The next {@code count} starts strictly after {@code after}; none while the window is incomplete. */
    public static List<Occurrence> next(MaintenanceWindow window, Instant after, int count) {
        var zone = zone(window.timeZone());
        var time = window.start();
        if (window.weekday() == null || time.isEmpty() || zone.isEmpty()) {
            return List.of();
        }
        List<Occurrence> found = new ArrayList<>();
        LocalDate day = after.atZone(zone.get()).toLocalDate().with(TemporalAdjusters.previousOrSame(window.weekday()));
        while (found.size() < count) {
            var start = ZonedDateTime.of(day, time.get(), zone.get());
            if (start.toInstant().isAfter(after)) {
                found.add(new Occurrence(start, start.withZoneSameInstant(ZoneOffset.UTC)));
            }
            day = day.plusWeeks(1);
        }
        return found;
    }
}
