package com.byoconboard.iac.model;

/** Makes typed text usable as an AWS tag value, which allows only letters, digits, spaces and {@code _.:/=+-@}. */
public final class TagValue {

    static final int MAX_LENGTH = 256;

    private TagValue() {
    }

    /** Replaces each character a tag value cannot hold with {@code _} and cuts it to the allowed length. */
    public static String of(String text) {
        var result = new StringBuilder();
        text.strip().codePoints().forEach(c -> result.appendCodePoint(allowed(c) ? c : '_'));
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) : result.toString();
    }

    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || Character.isSpaceChar(c) || "_.:/=+-@".indexOf(c) >= 0;
    }
}
