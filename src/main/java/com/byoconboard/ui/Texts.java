package com.byoconboard.ui;

import com.vaadin.flow.component.HasText;

/**
 * Text for panels brought up to date after every saved change. Flow's {@code setText} replaces the text node even
 * when the text is the same, so each such call would be sent to the browser on every change.
 */
public final class Texts {

    private Texts() {
    }

    /** Sets {@code text} on {@code component} unless it already shows exactly that. */
    public static void setIfChanged(HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }
}
