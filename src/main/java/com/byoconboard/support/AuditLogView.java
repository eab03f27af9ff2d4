package com.byoconboard.support;

import com.byoconboard.ui.MainLayout;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/** The audit log of every request: filterable, and downloadable as CSV with the same filter. */
@Route(value = "support/audit", layout = MainLayout.class)
@RolesAllowed({"SUPPORT", "ADMIN"})
public class AuditLogView extends Div implements HasDynamicTitle {

    private final AuditLog audit;
    private final Select<Optional<AuditAction>> action = new Select<>();
    private final TextField organization = new TextField();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final AuditGrid grid = new AuditGrid();

    AuditLogView(AuditLog audit) {
        this.audit = audit;
        addClassName("byoc-support");
        action.setLabel(getTranslation("support.audit.action"));
        action.setItems(Stream.concat(Stream.of(Optional.<AuditAction>empty()),
                Arrays.stream(AuditAction.values()).map(Optional::of)).toList());
        action.setItemLabelGenerator(a -> a.map(x -> getTranslation("support.auditAction." + x))
                .orElse(getTranslation("support.audit.anyAction")));
        action.setValue(Optional.empty());
        action.setId("audit-action");
        organization.setLabel(getTranslation("support.audit.organization"));
        organization.setId("audit-organization");
        text.setLabel(getTranslation("support.audit.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("audit-text");
        from.setLabel(getTranslation("support.audit.from"));
        until.setLabel(getTranslation("support.audit.until"));
        for (var field : new TextField[] {organization, text}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());

        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = AuditLog.csv(audit.search(filter())).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "byoc-audit.csv", "text/csv", bytes.length);
        }), getTranslation("support.audit.csv"));
        csv.setId("audit-csv");
        var filters = new Div(text, action, organization, from, until, csv);
        filters.addClassName("byoc-support-filters");
        grid.setId("audit-log");
        grid.setHeight("32rem");
        add(new H1(getTranslation("support.audit.title")), filters, grid);
        refresh();
    }

    private AuditFilter filter() {
        var zone = ViewerTime.zone();
        return new AuditFilter(action.getValue() == null ? Optional.empty() : action.getValue(), organization.getValue(),
                text.getValue(), Optional.ofNullable(from.getValue()).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(until.getValue()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private void refresh() {
        grid.setItems(audit.search(filter()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.audit.title");
    }
}
