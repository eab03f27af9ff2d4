package com.byoconboard.wizard;

import com.byoconboard.identity.CurrentOrganization;
import com.byoconboard.onboarding.DraftConflictException;
import com.byoconboard.onboarding.InputsFrozenException;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.provisioning.ProvisioningView;
import com.byoconboard.support.CustomerMessages;
import com.byoconboard.support.CustomerTimeline;
import com.byoconboard.ui.MainLayout;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.stream.Collectors;

/** The landing page: this organization's onboardings, with New and Resume. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class OnboardingsView extends Div implements HasDynamicTitle {

    private final OnboardingService onboardings;
    private final CurrentOrganization organization;

    OnboardingsView(OnboardingService onboardings, CurrentOrganization organization, CustomerTimeline timeline) {
        this.onboardings = onboardings;
        this.organization = organization;
        addClassName("byoc-onboardings");

        var create = new Button(getTranslation("home.new"), VaadinIcon.PLUS.create(), e -> createAndOpen());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-onboarding");
        var intro = new Div(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
        var head = new Div(intro, create);
        head.addClassName("byoc-page-head");
        add(head);

        var items = onboardings.list(organization.id());
        if (items.isEmpty()) {
            var empty = new Div(VaadinIcon.CLOUD_UPLOAD_O.create(), new Paragraph(getTranslation("home.empty")));
            empty.addClassName("byoc-empty");
            add(empty);
        } else {
            var names = items.stream().collect(Collectors.toMap(Onboarding::id, Onboarding::displayName));
            add(new CustomerMessages(timeline.recent(organization.id(), 5), names::get), grid(items));
        }
    }

    private Grid<Onboarding> grid(java.util.List<Onboarding> items) {
        var grid = new Grid<Onboarding>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> o.displayName().isBlank() ? getTranslation("home.unnamed") : o.displayName())
                .setHeader(getTranslation("home.column.name")).setFlexGrow(2);
        grid.addColumn(o -> o.inputs().account().accountId()).setHeader(getTranslation("home.column.account"));
        grid.addColumn(o -> o.inputs().region()).setHeader(getTranslation("home.column.region"));
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("home.column.state"));
        grid.addColumn(o -> ViewerTime.dateTime(o.updatedAt())).setHeader(getTranslation("home.column.updated"))
                .setAutoWidth(true);
        grid.addComponentColumn(o -> {
            var resume = new Button(getTranslation(o.state().editable() ? "home.resume" : "home.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(pageOf(o))));
            resume.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            resume.getElement().setAttribute("data-onboarding", o.id().toString());
            var actions = new Div(resume);
            if (o.state() == OnboardingState.DRAFT) {
                var delete = new Button(getTranslation("home.delete"), e -> confirmDelete(o));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.getElement().setAttribute("data-delete", o.id().toString());
                actions.add(delete);
            }
            actions.addClassName("byoc-row-actions");
            return actions;
        }).setHeader(getTranslation("home.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        return grid;
    }

    /** Drafts open in the wizard; once infrastructure may exist, the provisioning progress is what matters. */
    private static String pageOf(Onboarding o) {
        return o.state().infrastructureMayExist() || o.state() == OnboardingState.TORN_DOWN
                || o.state() == OnboardingState.OFFBOARDED
                ? ProvisioningView.path(o.id())
                : WizardView.path(o.id(), o.state().editable() ? WizardStep.ACCOUNT : WizardStep.REVIEW);
    }

    private Component stateBadge(Onboarding o) {
        var badge = new Span(getTranslation("state." + o.state()));
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassName("byoc-state-" + o.state().name().toLowerCase().replace('_', '-'));
        return badge;
    }

    /** A draft goes only after the customer confirms, naming it: nothing typed is lost by a stray click. */
    private void confirmDelete(Onboarding o) {
        String name = o.displayName().isBlank() ? getTranslation("home.unnamed") : o.displayName();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("home.delete.title"));
        dialog.add(new Paragraph(getTranslation("home.delete.text", name)));
        var delete = new Button(getTranslation("home.delete"), e -> {
            dialog.close();
            try {
                onboardings.deleteDraft(organization.id(), o.id(), o.version());
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (DraftConflictException | InputsFrozenException changed) {
                Notification.show(getTranslation("home.delete.changed", name), 6000, Notification.Position.MIDDLE);
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setId("confirm-delete");
        dialog.getFooter().add(new Button(getTranslation("home.delete.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    private void createAndOpen() {
        var created = onboardings.create(organization.id());
        getUI().ifPresent(ui -> ui.navigate(WizardView.path(created.id(), WizardStep.ACCOUNT)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
