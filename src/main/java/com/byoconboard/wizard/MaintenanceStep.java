package com.byoconboard.wizard;

import com.byoconboard.onboarding.InputField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;

import static com.byoconboard.wizard.Forms.t;

/** Step 6: the weekly window in which disruptive upgrades may run. */
final class MaintenanceStep implements StepContent {

    @Override
    public Component render(DraftBinder binder) {
        var weekday = new Select<DayOfWeek>();
        weekday.setLabel(t("wizard.maintenance.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, UI.getCurrent().getLocale()));
        weekday.addClassName("byoc-field");
        binder.bind(weekday, InputField.MAINTENANCE_WEEKDAY, in -> in.maintenance().weekday(),
                (in, v) -> in.withMaintenance(m -> m.withWeekday(v)));

        var start = new TimePicker(t("wizard.maintenance.start"));
        start.setStep(Duration.ofMinutes(30));
        start.addClassName("byoc-field");
        binder.bind(start, InputField.MAINTENANCE_START, in -> in.maintenance().startTime(),
                (in, v) -> in.withMaintenance(m -> m.withStartTime(v)));

        var zone = new ComboBox<String>(t("wizard.maintenance.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        zone.setAllowCustomValue(true);
        zone.setHelperText(t("wizard.maintenance.zone.help"));
        zone.addClassName("byoc-field");
        zone.setWidth("20rem");
        zone.addCustomValueSetListener(e -> zone.setValue(e.getDetail()));
        binder.bind(zone, InputField.MAINTENANCE_TIME_ZONE,
                in -> in.maintenance().timeZone().isEmpty() ? null : in.maintenance().timeZone(),
                (in, v) -> in.withMaintenance(m -> m.withTimeZone(v == null ? "" : v)));

        return Forms.form(weekday, start, zone,
                Forms.note(t("wizard.maintenance.security"), VaadinIcon.SHIELD, "info"));
    }
}
