package com.byoconboard.provisioning;

import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run's log in the progress panel, newest line first. Lines are added as the journal gains them and
 * removed as they fall out of its window; a line already shown is never built again.
 */
final class RunLog extends Div {

    /** Shown lines by journal sequence number, oldest first. */
    private final Map<Long, Component> lines = new LinkedHashMap<>();

    RunLog() {
        setId("run-log");
        addClassName("byoc-run-log");
        // A scrolling region must be reachable by keyboard, and say what it is.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("provisioning.log"));
        // Shown by the style sheet while no line is there, so an empty log does not look like a broken one.
        getElement().setAttribute("data-empty", getTranslation("provisioning.log.empty"));
    }

    /** {@code entries} oldest first, as the journal returns them. */
    void show(List<LogEntry> entries) {
        Set<Long> current = entries.stream().map(LogEntry::seq).collect(Collectors.toSet());
        lines.entrySet().removeIf(line -> {
            boolean gone = !current.contains(line.getKey());
            if (gone) {
                remove(line.getValue());
            }
            return gone;
        });
        long newest = lines.keySet().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
        for (LogEntry entry : entries) {
            if (entry.seq() > newest) {
                var line = line(entry);
                lines.put(entry.seq(), line);
                addComponentAsFirst(line);
            }
        }
    }

    private Component line(LogEntry entry) {
        var line = new Div(new Span(ViewerTime.time(entry.at())),
                new Span(entry.step() == null ? "" : getTranslation("provisioning.step." + entry.step().id())),
                new Span(getTranslation(entry.message().key(), entry.message().argsArray())));
        line.addClassNames("byoc-log-line", "byoc-log-" + entry.level().name().toLowerCase());
        return line;
    }
}
