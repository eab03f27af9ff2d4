package com.byoconboard.support;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.Role;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vendor staff have no customer organization, so their start page is the support queue rather than the
 * customer's list of onboardings. Runs before the landing view is created.
 */
@Component
class VendorLanding implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    VendorLanding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            boolean landing = e.getLocation().getPath().isEmpty();
            if (landing && currentUser.actor().filter(a -> a.vendor() && !a.roles().contains(Role.CUSTOMER)).isPresent()) {
                e.forwardTo(SupportQueueView.class);
            }
        }));
    }
}
