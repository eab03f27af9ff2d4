package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;
import java.util.function.Function;

/**
 * Status changes and support's comments as the customer reads them (entries from {@link CustomerTimeline});
 * shows nothing when there are none.
 */
public class CustomerMessages extends Div {

    /** @param names the name to show for each onboarding the entries concern */
    public CustomerMessages(List<AuditEntry> entries, Function<OnboardingId, String> names) {
        addClassName("byoc-customer-messages");
        setId("customer-messages");
        setVisible(!entries.isEmpty());
        var list = new UnorderedList();
        entries.forEach(e -> {
            String name = e.onboarding().map(names).orElse("");
            String text = switch (e.action()) {
                case STATE_CHANGED -> getTranslation("support.timeline.state", name, getTranslation("state." + e.after()));
                case CHANGES_REQUESTED -> getTranslation("support.timeline.changes", name, e.detail());
                case REJECTED -> getTranslation("support.timeline.rejected", name, e.detail());
                case ACCESS_GRANT -> getTranslation("support.timeline.access", name,
                        getTranslation("support.access.state." + e.after()), e.detail());
                case TASK_CHANGED, PEERING_CHANGED, DRAFT_DELETED, CHANGE_REQUEST, SUPPORT_SESSION, SUPPORT_ACTION -> "";
            };
            var icon = (e.action() == AuditAction.STATE_CHANGED ? VaadinIcon.FLAG_O : VaadinIcon.COMMENT_O).create();
            var when = new Span(ViewerTime.dateTime(e.at()));
            when.addClassName("byoc-customer-message-time");
            var item = new ListItem(icon, new Span(text), when);
            item.getElement().setAttribute("data-action", e.action().name());
            list.add(item);
        });
        add(new H2(getTranslation("support.timeline.title")), list);
    }
}
