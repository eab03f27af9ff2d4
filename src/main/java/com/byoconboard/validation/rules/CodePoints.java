package com.byoconboard.validation.rules;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/** Names characters as people can check them: visible ones quoted, invisible ones by code point and Unicode name. */
final class CodePoints {

    /** How many different offending characters a message names; the rest are counted. */
    private static final int NAMED = 3;

    private CodePoints() {
    }

    /**
     * Characters that do not show on screen yet change a value: control (NUL, tab, line breaks), format (zero-width
     * space, byte-order mark, bidirectional overrides), line and paragraph separators, private-use and lone surrogates.
     */
    static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** e.g. {@code U+200B ZERO WIDTH SPACE}, or {@code “a”} for a visible character. */
    static String name(int codePoint) {
        if (!invisible(codePoint) && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
            return "“" + Character.toString(codePoint) + "”";
        }
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /** The different characters of {@code text} matching {@code offending}, named, the first {@value #NAMED} of them. */
    static String named(String text, IntPredicate offending) {
        List<Integer> distinct = text.codePoints().filter(offending).distinct().boxed().toList();
        String named = String.join(", ", distinct.stream().limit(NAMED).map(CodePoints::name).toList());
        return distinct.size() > NAMED ? named + ", …" : named;
    }

    /** The 1-based position, counted in characters as people count them, of the first character matching. */
    static OptionalInt firstPosition(String text, IntPredicate offending) {
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (offending.test(codePoints[i])) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code text} without the characters matching. */
    static String without(String text, IntPredicate offending) {
        var kept = new StringBuilder();
        text.codePoints().filter(offending.negate()).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static long count(String text, IntPredicate offending) {
        return text.codePoints().filter(offending).count();
    }
}
