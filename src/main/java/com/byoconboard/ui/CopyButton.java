package com.byoconboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

import java.util.function.Supplier;

/** A small Copy button for a value customers paste elsewhere (an ExternalId, a command, an endpoint's host name). */
public class CopyButton extends Button {

    /** @param what names the value for screen readers, e.g. "ExternalId" ("Copy ExternalId") */
    public CopyButton(String what, Supplier<String> text) {
        super(VaadinIcon.COPY_O.create());
        setText(getTranslation("shell.copy"));
        setAriaLabel(getTranslation("shell.copy.what", what));
        addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("byoc-copy");
        addClickListener(e -> getElement().executeJs("return navigator.clipboard.writeText($0)", text.get())
                .then(ok -> Notification.show(getTranslation("shell.copied", what), 2000,
                        Notification.Position.BOTTOM_END)));
    }
}
