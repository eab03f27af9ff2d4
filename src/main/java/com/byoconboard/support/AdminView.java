package com.byoconboard.support;

import com.byoconboard.ui.MainLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's page: the configuration in force (changed through application configuration, not here). */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends Div implements HasDynamicTitle {

    AdminView(Administration administration) {
        addClassName("byoc-support");
        var settings = administration.settings();
        var list = new DescriptionList();
        list.setId("admin-settings");
        list.addClassName("byoc-review-inputs");
        add(list, "support.admin.regions", String.join(", ", settings.supportedRegions()));
        add(list, "support.admin.issuer", getTranslation(settings.localIssuer() ? "support.admin.issuer.local"
                : "support.admin.issuer.external"));
        add(list, "support.admin.claims", settings.organizationClaim() + ", " + settings.rolesClaim());
        add(list, "support.admin.mail", settings.mailEnabled()
                ? getTranslation("support.admin.mail.on", settings.mailFrom()) : getTranslation("support.admin.mail.off"));
        add(new H1(getTranslation("support.admin.title")), new Paragraph(getTranslation("support.admin.intro")), list);
    }

    private void add(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.admin.title");
    }
}
