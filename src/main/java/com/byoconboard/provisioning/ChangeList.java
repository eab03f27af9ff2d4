package com.byoconboard.provisioning;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.ChangeRefusedException;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.Command;

import java.util.List;
import java.util.Optional;

/**
 * The change requests of one onboarding with their states, live (they move when the run that applies them ends),
 * and the actions {@link ChangeService#allowedFor} gives the viewer: withdraw for the customer, approve or refuse
 * for support. On the customer's provisioning page and on support's review page.
 */
final class ChangeList extends Div {

    private final OnboardingId id;
    private final ChangeService changes;
    private final Optional<Actor> viewer;
    private final Div content = new Div();
    private volatile List<ChangeRequest> shown = List.of();

    ChangeList(OnboardingId id, ChangeService changes, ProgressBroadcaster broadcaster, Optional<Actor> viewer) {
        this.id = id;
        this.changes = changes;
        this.viewer = viewer;
        // A change moves when its run ends: the run's progress is the cue to read the list again. The broadcaster's
        // thread has no caller; the view checked who may see this onboarding when it opened.
        broadcaster.follow(this, id, progress -> {
            var requests = SystemActor.call("change-requests-view", () -> changes.list(id));
            return requests.equals(shown) ? Optional.empty() : Optional.<Command>of(() -> show(requests));
        });
        setId("change-requests");
        addClassName("byoc-change-panel");
        add(new H3(getTranslation("provisioning.changes.list")), content);
        refresh();
    }

    /** Shows the requests as they are now; a customer's own proposal calls it too. */
    void refresh() {
        show(changes.list(id));
    }

    private void show(List<ChangeRequest> requests) {
        shown = requests;
        content.removeAll();
        if (requests.isEmpty()) {
            content.add(new Paragraph(getTranslation("provisioning.changes.none")));
            return;
        }
        var list = new UnorderedList();
        for (ChangeRequest r : requests) {
            var state = new Span(getTranslation("change.state." + r.state()));
            state.getElement().getThemeList().add("badge" + switch (r.state()) {
                case APPLIED -> " success";
                case FAILED, REFUSED -> " error";
                case PROPOSED, APPROVED, APPLYING, WITHDRAWN -> "";
            });
            state.addClassName("byoc-change-state");
            var what = new Span(getTranslation("provisioning.changes.item", getTranslation("change.kind." + r.kind()),
                    r.before().isEmpty() ? "—" : r.before(), r.after().isEmpty() ? "—" : r.after()));
            var who = new Span(getTranslation("provisioning.changes.by", r.proposedBy(), ViewerTime.dateTime(r.proposedAt()))
                    + r.decidedBy().map(by -> " · " + getTranslation("provisioning.changes.decidedBy", by)).orElse(""));
            who.addClassName("byoc-change-who");
            var item = new ListItem(state, what, who);
            item.getElement().setAttribute("data-change", r.id().toString());
            item.getElement().setAttribute("data-kind", r.kind().name());
            item.getElement().setAttribute("data-state", r.state().name());
            if (!r.comment().isEmpty()) {
                item.add(new Paragraph(getTranslation("provisioning.changes.comment", r.comment())));
            }
            if (r.awaitsReview()) {
                item.add(new Paragraph(getTranslation("provisioning.changes.awaitsReview")));
            }
            actions(r, item);
            list.add(item);
        }
        content.add(list);
    }

    private void actions(ChangeRequest r, ListItem item) {
        for (ChangeService.Action action : changes.allowedFor(viewer, r)) {
            switch (action) {
                case WITHDRAW -> item.add(button("provisioning.changes.withdraw", "change-withdraw",
                        () -> changes.withdraw(r.organizationId(), id, r.id())));
                case APPROVE -> item.add(button("provisioning.changes.approve", "change-approve",
                        () -> changes.approve(id, r.id())));
                case REFUSE -> {
                    var reason = new TextField(getTranslation("provisioning.changes.reason"));
                    reason.addClassName("change-refuse-reason");
                    item.add(reason, button("provisioning.changes.refuse", "change-refuse",
                            () -> changes.refuse(id, r.id(), reason.getValue())));
                }
            }
        }
    }

    private Button button(String key, String className, Runnable act) {
        var button = new Button(getTranslation(key), e -> {
            try {
                act.run();
            } catch (ChangeRefusedException ex) {
                notify(getTranslation(ex.messageKey()));
            } catch (IllegalStateException | IllegalArgumentException ex) {
                notify(getTranslation("provisioning.changes.notNow"));
            }
            refresh();
        });
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static void notify(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
