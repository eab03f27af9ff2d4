package com.byoconboard.support;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.MainLayout;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The support queue: every organization's onboardings, filtered, sorted and searchable by account or VPC ID. */
@Route(value = "support", layout = MainLayout.class)
@RolesAllowed({"SUPPORT", "ADMIN"})
public class SupportQueueView extends Div implements HasDynamicTitle {

    private static final List<Integer> AGE_DAYS = List.of(0, 1, 3, 7, 30);

    private final SupportConsole console;
    private final Clock clock;
    private final Grid<Onboarding> grid = new Grid<>();
    private final MultiSelectComboBox<OnboardingState> states = new MultiSelectComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> organization = new ComboBox<>();
    private final Select<Integer> age = new Select<>();
    private final TextField search = new TextField();

    SupportQueueView(SupportConsole console, Clock clock) {
        this.console = console;
        this.clock = clock;
        addClassName("byoc-support");
        add(new Div(new H1(getTranslation("support.queue.title")), new Paragraph(getTranslation("support.queue.intro"))));

        var all = console.queue(QueueFilter.ALL);
        states.setLabel(getTranslation("support.queue.states"));
        states.setItems(OnboardingState.values());
        states.setItemLabelGenerator(s -> getTranslation("state." + s));
        states.setId("queue-states");
        region.setLabel(getTranslation("support.queue.region"));
        region.setItems(all.stream().map(o -> o.inputs().region()).filter(r -> !r.isBlank()).distinct().sorted().toList());
        region.setClearButtonVisible(true);
        region.setId("queue-region");
        organization.setLabel(getTranslation("support.queue.organization"));
        organization.setItems(all.stream().map(o -> o.organizationId().value()).distinct().sorted().toList());
        organization.setClearButtonVisible(true);
        organization.setId("queue-organization");
        age.setLabel(getTranslation("support.queue.age"));
        age.setItems(AGE_DAYS);
        age.setItemLabelGenerator(d -> d == 0 ? getTranslation("support.queue.age.any") : getTranslation("support.queue.age.days", d));
        age.setValue(0);
        age.setId("queue-age");
        search.setLabel(getTranslation("support.queue.search"));
        search.setPlaceholder(getTranslation("support.queue.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("queue-search");
        var filters = new Div(search, states, region, organization, age);
        filters.addClassName("byoc-support-filters");
        states.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        organization.addValueChangeListener(e -> refresh());
        age.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        configureGrid();
        add(filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("support-queue");
        // Long names wrap so that every column, the last one too, fits beside them (Japanese headers are wider).
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("36rem");
        grid.addColumn(o -> o.displayName().isBlank() ? "—" : o.displayName())
                .setHeader(getTranslation("support.column.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(o -> o.organizationId().value()).setHeader(getTranslation("support.column.organization"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(o -> o.inputs().account().accountId()).setHeader(getTranslation("support.column.account"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(o -> o.inputs().region()).setHeader(getTranslation("support.column.region")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(o -> o.inputs().network().existingVpcId()).setHeader(getTranslation("support.column.vpc"))
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(o -> new StateBadge(o.state())).setHeader(getTranslation("support.column.state"))
                .setComparator(Comparator.comparing(Onboarding::state)).setAutoWidth(true);
        grid.addColumn(Onboarding::revision).setHeader(getTranslation("support.column.revision")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> ViewerTime.shortDateTime(o.updatedAt()) + " · " + ageText(o))
                .setHeader(getTranslation("support.column.updated"))
                .setComparator(Comparator.comparing(Onboarding::updatedAt)).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addComponentColumn(o -> {
            var link = new Anchor(SupportDetailView.path(o.id()),
                    getTranslation("support.queue.open"));
            link.getElement().setAttribute("data-onboarding", o.id().toString());
            return link;
        }).setAutoWidth(true).setFlexGrow(0);
    }

    private String ageText(Onboarding o) {
        var age = Duration.between(o.updatedAt(), clock.instant());
        return age.toDays() > 0 ? getTranslation("support.age.days", age.toDays())
                : getTranslation("support.age.hours", age.toHours());
    }

    private void open(Onboarding o) {
        getUI().ifPresent(ui -> ui.navigate(SupportDetailView.path(o.id())));
    }

    private void refresh() {
        int days = Optional.ofNullable(age.getValue()).orElse(0);
        var filter = new QueueFilter(states.getValue(), Optional.ofNullable(region.getValue()).orElse(""),
                Optional.ofNullable(organization.getValue()).orElse(""),
                days == 0 ? Optional.empty() : Optional.of(Duration.ofDays(days)), search.getValue());
        grid.setItems(console.queue(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.queue.title");
    }
}
