package com.byoconboard.identity;

import com.byoconboard.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.annotation.Order;

import java.util.stream.Collectors;

/** The header's organization and signed-in person, with sign-out. */
@org.springframework.stereotype.Component
@Order(10)
class UserMenu implements MainLayout.HeaderContribution {

    private final CurrentUser currentUser;
    private final CurrentOrganization organization;
    private final AuthenticationContext authentication;

    UserMenu(CurrentUser currentUser, CurrentOrganization organization, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.organization = organization;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        var box = new Div();
        box.addClassName("byoc-user");
        currentUser.actor().ifPresent(actor -> {
            var org = new Span(organization.displayName());
            org.addClassName("byoc-organization");
            org.setId("current-organization");
            org.getElement().setAttribute("title", box.getTranslation("shell.organization"));
            org.setVisible(actor.organization().isPresent());

            var menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            menu.setId("user-menu");
            var item = menu.addItem(new Span(VaadinIcon.USER.create(), new Span(actor.displayName())));
            item.getElement().setAttribute("aria-label", box.getTranslation("identity.menu", actor.displayName()));
            var sub = item.getSubMenu();
            var roles = actor.roles().stream().map(r -> box.getTranslation("identity.role." + r.name()))
                    .collect(Collectors.joining(", "));
            sub.addItem(box.getTranslation("identity.signedInAs", actor.id(), roles)).setEnabled(false);
            sub.addItem(box.getTranslation("identity.signOut"), e -> authentication.logout())
                    .setId("sign-out");
            box.add(org, menu);
        });
        return box;
    }
}
