package com.byoconboard.wizard;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.validation.MaintenanceSchedule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

import static com.byoconboard.wizard.Forms.t;

/** Step 6: the weekly window in which disruptive upgrades may run. */
final class MaintenanceStep implements StepContent {

    private static final int PREVIEWED = 3;
    private static final List<String> HALF_HOURS = IntStream.range(0, 48)
            .mapToObj(i -> LocalTime.of(i / 2, i % 2 * 30).toString()).toList();

    /** The app's clock, so that the previewed windows follow a fixed clock in tests and screenshots. */
    private final Clock clock;

    MaintenanceStep(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Component render(DraftBinder binder) {
        var weekday = new Select<DayOfWeek>();
        weekday.setLabel(t("wizard.maintenance.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, UI.getCurrent().getLocale()));
        weekday.addClassName("byoc-field");
        binder.bind(weekday, InputField.MAINTENANCE_WEEKDAY, in -> in.maintenance().weekday(),
                (in, v) -> in.withMaintenance(m -> m.withWeekday(v)));

        // A combo box, not a TimePicker: the picker rewrites what it cannot parse (25:00 became 01:00), this keeps
        // the typed text for MW-002 to explain, and still offers every half hour to pick from.
        var start = new ComboBox<String>(t("wizard.maintenance.start"));
        start.setItems(HALF_HOURS);
        start.setAllowCustomValue(true);
        start.setPlaceholder("01:00");
        start.setHelperText(t("wizard.maintenance.start.help"));
        start.addClassName("byoc-field");
        start.addCustomValueSetListener(e -> start.setValue(e.getDetail()));
        binder.bind(start, InputField.MAINTENANCE_START,
                in -> in.maintenance().startTime().isEmpty() ? null : in.maintenance().startTime(),
                (in, v) -> in.withMaintenance(m -> m.withStartTime(v == null ? "" : v)));

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

        return Forms.form(weekday, start, zone, preview(binder),
                Forms.note(t("wizard.maintenance.security"), VaadinIcon.SHIELD, "info"));
    }

    /** The next three windows in the customer's zone and in UTC, redrawn after every change. */
    private Component preview(DraftBinder binder) {
        var list = new UnorderedList();
        var none = new Paragraph(t("wizard.maintenance.preview.none"));
        var preview = Forms.section(t("wizard.maintenance.preview"), list, none);
        preview.setId("maintenance-preview");
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale());
        var formatWithZone = DateTimeFormatter.ofPattern("z", UI.getCurrent().getLocale());
        Runnable redraw = () -> {
            list.removeAll();
            var windows = MaintenanceSchedule.next(binder.inputs().maintenance(), clock.instant(), PREVIEWED);
            windows.forEach(w -> list.add(new ListItem(t("wizard.maintenance.preview.entry",
                    w.local().format(format) + " " + w.local().format(formatWithZone), w.utc().format(format)))));
            none.setVisible(windows.isEmpty());
        };
        binder.addChangeListener(redraw);
        redraw.run();
        return preview;
    }
}
