package com.byoconboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Errors thrown from button clicks and field changes: a notification with the incident id, never a stack trace. */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String incident = Incidents.record(error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                var n = Notification.show(ui.getTranslation("error.notification", incident), 10_000,
                        Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
