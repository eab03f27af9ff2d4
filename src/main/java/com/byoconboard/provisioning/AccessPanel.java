package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.support.AccessGrant;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.AccessRequestInvalidException;
import com.byoconboard.support.AccessSession;
import com.byoconboard.support.GrantScope;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Support's access to the customer's account, as {@link AccessGrants} keeps it: every grant (state, who, why, scope,
 * until when) and every session support started. The customer approves, refuses and revokes here; support requests
 * here. On the customer's provisioning page and on support's review page.
 */
final class AccessPanel extends Div {

    /** The durations support can ask for, within the grant's bounds. */
    static final List<Duration> DURATIONS = List.of(AccessGrant.SHORTEST, Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), AccessGrant.LONGEST);

    private final OnboardingId id;
    private final AccessGrants grants;
    private final boolean customer;
    private final Div lists = new Div();

    /** @param customer the onboarding's customer (decides) rather than support (requests) */
    AccessPanel(OnboardingId id, AccessGrants grants, boolean customer) {
        this.id = id;
        this.grants = grants;
        this.customer = customer;
        setId("access");
        addClassNames("byoc-section", "byoc-access-panel");
        add(new H2(getTranslation(customer ? "provisioning.access.title" : "provisioning.access.title.support")),
                new Paragraph(getTranslation(customer ? "provisioning.access.intro" : "provisioning.access.intro.support")));
        if (!customer) {
            add(requestForm());
        }
        add(lists);
        show();
    }

    private Div requestForm() {
        var reason = new TextArea(getTranslation("provisioning.access.reason"));
        reason.setId("access-reason");
        reason.setMaxLength(AccessGrant.REASON_LENGTH);
        reason.setWidthFull();
        var duration = new Select<Duration>();
        duration.setId("access-duration");
        duration.setLabel(getTranslation("provisioning.access.duration"));
        duration.setItems(DURATIONS);
        duration.setItemLabelGenerator(this::duration);
        duration.setValue(Duration.ofHours(1));
        var readWrite = new Checkbox(getTranslation("provisioning.access.readWrite"));
        readWrite.setId("access-read-write");
        var request = new Button(getTranslation("provisioning.access.request"), e -> {
            try {
                grants.request(id, reason.getValue(), duration.getValue(),
                        readWrite.getValue() ? GrantScope.READ_WRITE : GrantScope.READ_ONLY);
                reason.clear();
                reason.setInvalid(false);
                show();
            } catch (AccessRequestInvalidException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                reason.setInvalid(true);
            }
        });
        request.setId("access-request");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(reason, new Div(duration, readWrite), request);
    }

    private void show() {
        lists.removeAll();
        var all = grants.list(id);
        if (customer && all.stream().anyMatch(g -> grants.stateNow(g).waiting())) {
            var notice = new Div(new Paragraph(getTranslation("provisioning.access.waiting")));
            notice.setId("access-waiting");
            notice.addClassNames("byoc-note", "byoc-note-warning");
            lists.add(notice);
        }
        var list = new UnorderedList();
        list.setId("access-grants");
        all.forEach(g -> list.add(item(g)));
        lists.add(all.isEmpty() ? new Paragraph(getTranslation("provisioning.access.none")) : list);
        List<AccessSession> sessions = grants.sessions(id);
        if (!sessions.isEmpty()) {
            var sessionList = new UnorderedList();
            sessionList.setId("access-sessions");
            sessions.forEach(s -> sessionList.add(new ListItem(getTranslation("provisioning.access.session",
                    s.sessionName(), s.startedBy(), ViewerTime.dateTime(s.startedAt()), ViewerTime.dateTime(s.expiresAt())))));
            lists.add(new H3(getTranslation("provisioning.access.sessions")), sessionList);
        }
    }

    private ListItem item(AccessGrant g) {
        var state = grants.stateNow(g);
        var badge = new Span(getTranslation("support.access.state." + state));
        badge.getElement().getThemeList().add("badge" + (state.active() ? " success" : state.waiting() ? "" : " contrast"));
        String until = g.expiresAt().map(end -> getTranslation("provisioning.access.until", ViewerTime.dateTime(end)))
                .orElse(getTranslation("provisioning.access.fromApproval"));
        var item = new ListItem(badge, new Span(" " + getTranslation("provisioning.access.grant", g.requestedBy(),
                g.reason(), getTranslation("provisioning.access.scope." + g.scope()), duration(g.duration()), until)));
        item.getElement().setAttribute("data-grant-state", state.name());
        if (customer) {
            switch (state) {
                case REQUESTED -> item.add(decision("approve", g.id(), ButtonVariant.LUMO_PRIMARY),
                        decision("refuse", g.id(), ButtonVariant.LUMO_TERTIARY));
                case APPROVED -> item.add(decision("revoke", g.id(), ButtonVariant.LUMO_ERROR));
                case REFUSED, REVOKED, EXPIRED -> { }
            }
        }
        return item;
    }

    private Button decision(String what, UUID grant, ButtonVariant variant) {
        var button = new Button(getTranslation("provisioning.access." + what), e -> {
            switch (what) {
                case "approve" -> grants.approve(id, grant);
                case "refuse" -> grants.refuse(id, grant);
                default -> grants.revoke(id, grant);
            }
            show();
        });
        button.setId("access-" + what);
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String duration(Duration d) {
        return d.toMinutes() < 60 ? getTranslation("provisioning.access.minutes", d.toMinutes())
                : getTranslation("provisioning.access.hours", d.toHours());
    }

    /** Why support cannot do this without a grant, and what to ask the customer for. */
    static String refusal(Component on, AccessGrantRequiredException e) {
        return on.getTranslation("provisioning.access.needed", on.getTranslation("provisioning.access.action." + e.action()),
                on.getTranslation("provisioning.access.scope." + e.needed()));
    }
}
