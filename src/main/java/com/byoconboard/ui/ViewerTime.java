package com.byoconboard.ui;

import com.vaadin.flow.component.UI;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Every time a page shows, in the viewer's own time zone (the browser's, which Vaadin reads once per UI when
 * it starts) and with the zone written after it, so that 17:30 in Tokyo is never read as 8:30 somewhere else.
 */
public final class ViewerTime {

    private ViewerTime() {
    }

    /** The browser's time zone; UTC (and labelled so) when the browser did not say. */
    public static ZoneId zone() {
        return Optional.ofNullable(UI.getCurrent())
                .map(ui -> ui.getPage().getExtendedClientDetails())
                .map(details -> details.getTimeZoneId())
                .filter(id -> !id.isBlank())
                .flatMap(ViewerTime::parse)
                .orElse(ZoneOffset.UTC);
    }

    /** Date and time with the zone, e.g. {@code Dec 4, 2026, 2:30:05 PM JST}. */
    public static String dateTime(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM));
    }

    /** A shorter date and time with the zone, for narrow columns, e.g. {@code 12/4/26, 2:30 PM JST}. */
    public static String shortDateTime(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
    }

    /** Time of day with the zone, for a log of today's run, e.g. {@code 14:30:05 JST}. */
    public static String time(Instant at) {
        return format(at, DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    private static String format(Instant at, DateTimeFormatter pattern) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        ZoneId zone = zone();
        var withZone = pattern.withLocale(locale).withZone(zone);
        return withZone.format(at) + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(at);
    }

    private static Optional<ZoneId> parse(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
