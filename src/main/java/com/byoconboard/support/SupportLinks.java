package com.byoconboard.support;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import org.springframework.core.annotation.Order;

/** Header links for vendor staff: the queue, the audit log, and for administrators the admin page. */
@org.springframework.stereotype.Component
@Order(5)
class SupportLinks implements MainLayout.HeaderContribution {

    private final CurrentUser currentUser;

    SupportLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        var nav = new Nav();
        nav.addClassName("byoc-support-links");
        currentUser.actor().filter(a -> a.vendor() && !a.system()).ifPresent(actor -> {
            nav.add(link(nav, "support.nav.queue", SupportQueueView.class, "nav-support-queue"));
            nav.add(link(nav, "support.nav.audit", AuditLogView.class, "nav-audit-log"));
            if (actor.admin()) {
                nav.add(link(nav, "support.nav.admin", AdminView.class, "nav-admin"));
            }
        });
        return nav;
    }

    private static RouterLink link(Component owner, String key, Class<? extends Component> view, String id) {
        var link = new RouterLink(owner.getTranslation(key), view);
        link.setId(id);
        return link;
    }
}
