package com.byoconboard.ui;

import com.vaadin.flow.component.Component;

/**
 * Hides a component in the browser only, for panels that flip between showing something and saying why they cannot
 * on every saved change: Flow sends a component made visible again ({@code setVisible(true)}) in full, all of its
 * content, while one hidden by the HTML {@code hidden} attribute stays in the page and costs one attribute each way.
 */
public final class BrowserHidden {

    private BrowserHidden() {
    }

    public static void set(Component component, boolean hidden) {
        if (hidden) {
            component.getElement().setAttribute("hidden", true);
        } else {
            component.getElement().removeAttribute("hidden");
        }
    }
}
