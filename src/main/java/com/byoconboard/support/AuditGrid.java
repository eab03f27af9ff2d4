package com.byoconboard.support;

import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Audit entries as a table: when, who, what, the change, and the text that went with it. */
class AuditGrid extends Grid<AuditEntry> {

    AuditGrid() {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(e -> ViewerTime.dateTime(e.at())).setHeader(getTranslation("support.audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(AuditEntry::actor).setHeader(getTranslation("support.audit.actor")).setAutoWidth(true);
        addColumn(e -> e.organization().map(Object::toString).orElse(""))
                .setHeader(getTranslation("support.audit.organization")).setAutoWidth(true);
        addColumn(e -> getTranslation("support.auditAction." + e.action())).setHeader(getTranslation("support.audit.action"))
                .setAutoWidth(true);
        addColumn(e -> e.before() + " → " + e.after()).setHeader(getTranslation("support.audit.change")).setAutoWidth(true);
        addColumn(AuditEntry::detail).setHeader(getTranslation("support.audit.detail")).setFlexGrow(2);
        setPartNameGenerator(e -> "audit-" + e.action().name().toLowerCase().replace('_', '-'));
    }
}
