package com.byoconboard.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Which audit entries to show: by action, by organization, by time, and a text that may match the actor, the
 * onboarding ID or the detail. Empty parts match everything.
 */
public record AuditFilter(Optional<AuditAction> action, String organization, String text, Optional<Instant> from,
                          Optional<Instant> until) {

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), "", "", Optional.empty(), Optional.empty());

    public AuditFilter {
        organization = organization == null ? "" : organization.trim();
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    public boolean matches(AuditEntry e) {
        return action.map(a -> a == e.action()).orElse(true)
                && (organization.isEmpty() || e.organization().map(o -> o.value().equals(organization)).orElse(false))
                && from.map(f -> !e.at().isBefore(f)).orElse(true)
                && until.map(u -> e.at().isBefore(u)).orElse(true)
                && (text.isEmpty() || (e.actor() + " " + e.onboarding().map(Object::toString).orElse("") + " " + e.detail())
                        .toLowerCase(Locale.ROOT).contains(text));
    }
}
