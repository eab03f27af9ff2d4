package com.byoconboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The frame around every page: product name, a language switch, what other modules contribute to the header
 * (the signed-in person and their organization, links for support), and the content.
 */
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();
    private final Div headerActions = new Div();

    public MainLayout(UiProperties ui, List<HeaderContribution> contributions) {
        addClassName("byoc-shell");

        var logo = new Image("icons/byoc.svg", "");
        logo.addClassName("byoc-logo");
        var name = new Span(ui.productName());
        name.addClassName("byoc-product-name");
        var home = new Anchor("", logo, name);
        home.addClassName("byoc-home");

        headerActions.addClassName("byoc-header-actions");
        contributions.forEach(c -> headerActions.add(c.create()));
        headerActions.add(languageSwitch());

        var header = new Header(home, headerActions);
        header.addClassName("byoc-header");

        content.addClassName("byoc-content");

        var footer = new Footer(new Span(getTranslation("shell.footer", ui.productName())));
        footer.addClassName("byoc-footer");

        add(header, content, footer);
    }

    private Select<Locale> languageSwitch() {
        var select = new Select<Locale>();
        select.setItems(Translations.LOCALES);
        select.setItemLabelGenerator(l -> getTranslation("shell.language." + l.getLanguage()));
        select.setValue(currentLanguage());
        select.setAriaLabel(getTranslation("shell.language"));
        select.addClassName("byoc-language");
        select.setId("language-switch");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LanguagePreference.apply(e.getValue());
            }
        });
        return select;
    }

    private Locale currentLanguage() {
        Locale locale = getLocale();
        return Translations.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    /** Lets other modules add something to the header (e.g. the signed-in user's menu) without the shell knowing them. */
    public interface HeaderContribution {
        Component create();
    }

}
