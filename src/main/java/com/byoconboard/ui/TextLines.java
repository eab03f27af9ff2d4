package com.byoconboard.ui;

import java.util.Arrays;
import java.util.List;

/** A text area's lines as a list: one entry a line, blanks around it and empty lines dropped. */
public final class TextLines {

    private TextLines() {
    }

    public static List<String> of(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
