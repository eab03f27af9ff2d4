package com.byoconboard.iac;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/** Generated code under a caption with a Copy button; its text can be replaced as the inputs change. */
final class CodeBlock extends Div {

    private final Pre code = new Pre();

    CodeBlock(String path, String caption) {
        code.addClassName("byoc-code");
        code.getElement().setAttribute("data-file", path);
        // Long code scrolls: keyboard users must be able to focus it, and screen readers hear which file it is.
        code.getElement().setAttribute("tabindex", "0");
        code.getElement().setAttribute("role", "region");
        code.getElement().setAttribute("aria-label", caption);
        var copy = new Button(getTranslation("iac.copy"), VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.addClassName("byoc-code-copy");
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", code.getText())
                .then(ok -> Notification.show(getTranslation("iac.copied"), 2000, Notification.Position.BOTTOM_END)));
        var bar = new Div(new Span(caption), copy);
        bar.addClassName("byoc-code-bar");
        add(bar, code);
        addClassName("byoc-code-block");
    }

    Pre code() {
        return code;
    }
}
