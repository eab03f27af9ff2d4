package com.byoconboard.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Findings as a list on screen shows them: at most a few with the same rule and message, then how many more there
 * are. A 1000-line allow-list of private addresses is three lines and "997 more like this", not 1000 list items
 * re-drawn on every keystroke.
 */
public final class FindingLines {

    /** How many findings with one rule and message a list shows before it counts the rest. */
    public static final int PER_MESSAGE = 3;

    /** One line of such a list. */
    public sealed interface Line {
        Finding finding();
    }

    /** A finding shown in full. */
    public record Shown(Finding finding) implements Line {
    }

    /** {@code count} further findings like {@code finding} (same rule, same message), not shown one by one. */
    public record More(Finding finding, int count) implements Line {
    }

    private FindingLines() {
    }

    /** The lines for {@code findings}, in the order their rules first appear. */
    public static List<Line> of(List<Finding> findings) {
        var byMessage = new LinkedHashMap<String, List<Finding>>();
        findings.forEach(f -> byMessage.computeIfAbsent(f.ruleId() + " " + f.messageKey(), k -> new ArrayList<>()).add(f));
        List<Line> lines = new ArrayList<>();
        byMessage.values().forEach(same -> {
            same.stream().limit(PER_MESSAGE).forEach(f -> lines.add(new Shown(f)));
            if (same.size() > PER_MESSAGE) {
                lines.add(new More(same.get(PER_MESSAGE), same.size() - PER_MESSAGE));
            }
        });
        return lines;
    }
}
