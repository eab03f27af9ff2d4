package com.byoconboard.validation;

import com.byoconboard.onboarding.OnboardingInputs.MaintenanceWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The next windows follow the customer's wall clock across daylight-saving changes. */
class MaintenanceScheduleTest {

    private static final MaintenanceWindow GUIDE_EXAMPLE =
            new MaintenanceWindow(DayOfWeek.TUESDAY, "01:00", "America/Los_Angeles");

    @Test
    void theNextThreeTuesdaysAtOneInLosAngelesMoveInUtcWhenDaylightSavingStarts() {
        // Monday 2027-03-08 noon UTC: DST starts in the US on Sunday 2027-03-14.
        var windows = MaintenanceSchedule.next(GUIDE_EXAMPLE, Instant.parse("2027-03-08T12:00:00Z"), 3);

        assertThat(windows).extracting(w -> w.local().toLocalDateTime()).containsExactly(
                LocalDateTime.parse("2027-03-09T01:00"), LocalDateTime.parse("2027-03-16T01:00"),
                LocalDateTime.parse("2027-03-23T01:00"));
        assertThat(windows).extracting(w -> w.utc().toLocalDateTime()).containsExactly(
                LocalDateTime.parse("2027-03-09T09:00"), LocalDateTime.parse("2027-03-16T08:00"),
                LocalDateTime.parse("2027-03-23T08:00"));
    }

    @Test
    void aWindowStartingRightNowIsNotListedAgain() {
        var windows = MaintenanceSchedule.next(GUIDE_EXAMPLE, Instant.parse("2027-03-09T09:00:00Z"), 1);
        assertThat(windows.getFirst().local().toLocalDate()).hasToString("2027-03-16");
    }

    @Test
    void aStartInTheSpringForwardGapMovesLaterByTheGap() {
        var window = new MaintenanceWindow(DayOfWeek.SUNDAY, "02:30", "America/Los_Angeles");
        var windows = MaintenanceSchedule.next(window, Instant.parse("2027-03-13T12:00:00Z"), 1);
        assertThat(windows.getFirst().local().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void anIncompleteOrInvalidWindowHasNoPreview() {
        var now = Instant.parse("2027-01-01T00:00:00Z");
        assertThat(MaintenanceSchedule.next(GUIDE_EXAMPLE.withTimeZone("Mars/Olympus"), now, 3)).isEmpty();
        assertThat(MaintenanceSchedule.next(GUIDE_EXAMPLE.withWeekday(null), now, 3)).isEmpty();
        assertThat(MaintenanceSchedule.next(GUIDE_EXAMPLE.withStartTime(null), now, 3)).isEmpty();
        assertThat(MaintenanceSchedule.next(GUIDE_EXAMPLE.withStartTime("25:00"), now, 3)).isEmpty();
    }
}
