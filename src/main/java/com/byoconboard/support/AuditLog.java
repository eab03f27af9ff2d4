package com.byoconboard.support;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The append-only record of every state change and support action. State changes are caught from the
 * onboarding module's event in the same transaction and thread, so the actor is whoever caused them.
 */
@Service
public class AuditLog {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void onStateChanged(OnboardingEvents.StateChanged changed) {
        append(changed.organizationId(), changed.id(), AuditAction.STATE_CHANGED, changed.from().name(),
                changed.to().name(), "");
    }

    /** Before and after: the peers' VPC IDs; the detail: every peer and whether the public load balancer goes. */
    @EventListener
    void onPeeringChanged(OnboardingEvents.PeeringChanged changed) {
        append(changed.organizationId(), changed.id(), AuditAction.PEERING_CHANGED, vpcIds(changed.before()),
                vpcIds(changed.after()), describe(changed.after()));
    }

    private static String vpcIds(OnboardingInputs.PrivateConnectivity connectivity) {
        String ids = connectivity.activePeers().stream().map(OnboardingInputs.VpcPeer::vpcId)
                .collect(Collectors.joining(" "));
        // The column holds 200 characters; the detail has every peer in full.
        return ids.length() <= 200 ? ids : ids.substring(0, 199) + "…";
    }

    private static String describe(OnboardingInputs.PrivateConnectivity connectivity) {
        return connectivity.activePeers().stream()
                .map(p -> p.accountId() + " " + p.vpcId() + " " + p.cidr() + (p.region().isBlank() ? "" : " " + p.region()))
                .collect(Collectors.joining("; ")) + "; removePublicLoadBalancer=" + connectivity.removePublicLoadBalancer();
    }

    @EventListener
    void onChangeMoved(OnboardingEvents.ChangeMoved moved) {
        append(moved.organizationId(), moved.id(), AuditAction.CHANGE_REQUEST, moved.from(), moved.to().name(),
                moved.kind() + " " + moved.changeId() + (moved.detail().isEmpty() ? "" : ": " + moved.detail()));
    }

    @EventListener
    void onDraftDeleted(OnboardingEvents.DraftDeleted deleted) {
        append(deleted.organizationId(), deleted.id(), AuditAction.DRAFT_DELETED, "DRAFT", "DELETED", deleted.name());
    }

    void append(OrganizationId org, OnboardingId id, AuditAction action, String before, String after, String detail) {
        append(currentUser.actor().map(Actor::id).orElse("anonymous"), org, id, action, before, after, detail);
    }

    /** As {@code actor}: for what the app does for someone on another thread (a session the SDK renews). */
    void append(String actor, OrganizationId org, OnboardingId id, AuditAction action, String before, String after,
                String detail) {
        repository.append(new AuditEntry(0, clock.instant(), actor, Optional.of(org), Optional.of(id), action, before,
                after, detail));
    }

    /** Entries matching {@code filter}, newest first; support and administrators only. */
    public List<AuditEntry> search(AuditFilter filter) {
        currentUser.requireVendor();
        return repository.all().stream().filter(filter::matches).toList();
    }

    /** One onboarding's entries, newest first; support and administrators only. */
    public List<AuditEntry> of(OnboardingId id) {
        currentUser.requireVendor();
        return repository.ofOnboarding(id);
    }

    /**
     * The entries as CSV (RFC 4180), with cells that a spreadsheet would run as a formula defused. It starts with a
     * byte order mark: without one, Excel reads UTF-8 as the system code page and garbles Japanese text.
     */
    public static String csv(List<AuditEntry> entries) {
        var header = Stream.of("time", "actor", "organization", "onboarding", "action", "before", "after", "detail");
        var rows = entries.stream().map(e -> Stream.of(DateTimeFormatter.ISO_INSTANT.format(e.at()), e.actor(),
                e.organization().map(OrganizationId::value).orElse(""), e.onboarding().map(Object::toString).orElse(""),
                e.action().name(), e.before(), e.after(), e.detail()));
        return Stream.concat(Stream.of(header), rows)
                .map(cells -> cells.map(AuditLog::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", BYTE_ORDER_MARK, "\r\n"));
    }

    private static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
