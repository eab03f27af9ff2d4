package com.byoconboard.wizard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/** Small building blocks shared by the step forms, so every step looks the same. */
final class Forms {

    private Forms() {
    }

    static Div form(Component... children) {
        var form = new Div(children);
        form.addClassName("byoc-form");
        return form;
    }

    static Div section(String title, Component... children) {
        var section = new Div(new H2(title));
        section.add(children);
        section.addClassName("byoc-section");
        return section;
    }

    /** Translation in the current UI's language. */
    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** A text field labelled {@code wizard.<key>} with the help text {@code wizard.<key>.help}. */
    static TextField text(String key) {
        var field = new TextField(t("wizard." + key));
        field.setHelperText(t("wizard." + key + ".help"));
        field.setClearButtonVisible(true);
        field.addClassName("byoc-field");
        return field;
    }

    /** An explanatory box: why the wizard asks, or what cannot be changed later. */
    static Div note(String text, VaadinIcon icon, String variant) {
        var note = new Div(icon.create(), new Paragraph(text));
        note.addClassNames("byoc-note", "byoc-note-" + variant);
        return note;
    }
}
