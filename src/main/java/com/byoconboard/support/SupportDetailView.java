package com.byoconboard.support;

import com.byoconboard.iac.IacCodePanel;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacTemplate;
import com.byoconboard.iac.NetworkPictureView;
import com.byoconboard.onboarding.DraftConflictException;
import com.byoconboard.onboarding.IllegalTransitionException;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.MainLayout;
import com.byoconboard.ui.ViewerTime;
import com.byoconboard.validation.OnboardingValidator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One request as support reviews it: all inputs, the rule findings, provisioning, the guide's support tasks,
 * the existing-VPC handover, its history, and the actions that move it on.
 */
@Route(value = "support/onboarding/:id", layout = MainLayout.class)
@RolesAllowed({"SUPPORT", "ADMIN"})
public class SupportDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SupportConsole console;
    private final AuditLog audit;
    private final OnboardingValidator validator;
    private final JsonMapper json;
    private final IacGenerator iac;
    private String title = "";

    SupportDetailView(SupportConsole console, AuditLog audit, OnboardingValidator validator, JsonMapper json,
                      IacGenerator iac) {
        this.iac = iac;
        this.console = console;
        this.audit = audit;
        this.validator = validator;
        this.json = json;
        addClassName("byoc-support");
        addClassName("byoc-support-detail");
    }

    static String path(OnboardingId id) {
        return "support/onboarding/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").flatMap(OnboardingId::parse);
        try {
            show(console.onboarding(id.orElseThrow(() -> new OnboardingNotFoundException(null))));
        } catch (OnboardingNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(Onboarding o) {
        removeAll();
        title = getTranslation("support.detail.title", name(o));
        var state = new StateBadge(o.state());
        state.setId("detail-state");
        var head = new Div(new H1(title), state,
                new Paragraph(getTranslation("support.detail.meta", o.organizationId().value(), o.revision(), o.id())));
        head.addClassName("byoc-page-head");
        add(head, actions(o),
                section("support.detail.inputs", inputs(o.inputs())),
                network(o),
                section("support.detail.validation", findings(o)),
                section("support.detail.artifacts", artifacts(o)),
                section("support.detail.provisioning", provisioning(o)),
                section("support.detail.tasks", tasks(o)));
        SupportHandover.of(o.inputs()).ifPresent(h -> add(section("support.detail.handover", handover(h))));
        add(section("support.detail.history", history(o)));
    }

    /** The network as planned, or for an existing VPC as the customer entered it (its handover is below). */
    private Component network(Onboarding o) {
        var picture = new NetworkPictureView("support-network-picture");
        picture.show(o, Optional.empty(), Map.of());
        return picture;
    }

    private Component actions(Onboarding o) {
        var bar = new HorizontalLayout();
        bar.addClassName("byoc-support-actions");
        var state = o.state();
        bar.add(action("approve", VaadinIcon.CHECK, state.canMoveTo(OnboardingState.APPROVED),
                () -> console.approve(o.id()), ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS));
        bar.add(withText("request-changes", VaadinIcon.COMMENT_ELLIPSIS,
                state.canMoveTo(OnboardingState.CHANGES_REQUESTED), text -> console.requestChanges(o.id(), text)));
        bar.add(withText("reject", VaadinIcon.BAN, state.canMoveTo(OnboardingState.REJECTED),
                text -> console.reject(o.id(), text)));
        return bar;
    }

    private Button action(String id, VaadinIcon icon, boolean enabled, Runnable work, ButtonVariant... variants) {
        return button(id, icon, enabled, () -> run(work), variants);
    }

    private Button button(String id, VaadinIcon icon, boolean enabled, Runnable onClick, ButtonVariant... variants) {
        var button = new Button(getTranslation("support.action." + id), icon.create(), e -> onClick.run());
        button.setId(id);
        button.setEnabled(enabled);
        button.addThemeVariants(variants);
        return button;
    }

    /** An action that needs a text for the customer (a comment or a reason), asked for in a dialog. */
    private Button withText(String id, VaadinIcon icon, boolean enabled, Consumer<String> work) {
        return button(id, icon, enabled, () -> {
            var dialog = new Dialog(getTranslation("support.action." + id));
            var text = new TextArea(getTranslation("support.action." + id + ".text"));
            text.setId("decision-text");
            text.setWidthFull();
            text.setMinHeight("8em");
            var confirm = new Button(getTranslation("support.action." + id), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("support.action.textRequired"));
                    return;
                }
                dialog.close();
                run(() -> work.accept(text.getValue()));
            });
            confirm.setId("decision-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(text);
            dialog.getFooter().add(new Button(getTranslation("support.action.cancel"), e -> dialog.close()), confirm);
            dialog.setWidth("32em");
            dialog.open();
        });
    }

    private void run(Runnable work) {
        try {
            work.run();
            Notification.show(getTranslation("support.action.done"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalTransitionException | DraftConflictException e) {
            Notification.show(getTranslation("support.action.refused", e.getMessage()), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private Component inputs(OnboardingInputs in) {
        var list = new DescriptionList();
        list.addClassName("byoc-review-inputs");
        var network = in.network();
        term(list, "wizard.account.id", in.account().accountId());
        term(list, "wizard.account.email", in.account().adminEmail());
        term(list, "wizard.account.organization", in.account().organizationName());
        term(list, "wizard.account.kind", getTranslation("wizard.account.kind." + in.account().kind().name()));
        term(list, "wizard.region", in.region());
        term(list, "wizard.bootstrap.roleArn", in.bootstrapRole().roleArn());
        term(list, "wizard.network.mode", getTranslation("wizard.network.mode." + network.mode().name()));
        term(list, "wizard.network.cidr", network.vpcCidr());
        term(list, "wizard.network.azIds", String.join(", ", network.azIds()));
        term(list, "wizard.network.vpcId", network.existingVpcId());
        term(list, "support.detail.subnets", network.existingSubnets().stream()
                .map(s -> s.subnetId() + " (" + s.azId() + ", " + s.cidr() + ")").collect(Collectors.joining("; ")));
        term(list, "wizard.connectivity.peering", in.connectivity().peers().stream()
                .map(p -> p.accountId() + " " + p.vpcId() + " " + p.cidr()).collect(Collectors.joining("; ")));
        term(list, "wizard.connectivity.allowList", String.join(", ", in.connectivity().allowList()));
        term(list, "support.detail.maintenance", in.maintenance().describe(getLocale()));
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Component findings(Onboarding o) {
        var findings = validator.validate(o.inputs()).findings();
        if (findings.isEmpty()) {
            return new Paragraph(getTranslation("support.detail.validation.clean"));
        }
        var list = new UnorderedList();
        list.setId("detail-findings");
        findings.forEach(f -> {
            var item = new ListItem(f.ruleId() + " · " + f.field() + ": "
                    + getTranslation(f.messageKey(), f.args().toArray()));
            item.addClassName("byoc-finding-" + f.severity().name().toLowerCase());
            list.add(item);
        });
        return list;
    }

    /** The templates exactly as the customer got them: what their role allows, and the VPC they may build. */
    private Component artifacts(Onboarding o) {
        var templates = new Div();
        for (IacTemplate template : IacTemplate.values()) {
            var panel = new IacCodePanel(iac, template);
            panel.show(o);
            templates.add(panel);
        }
        return templates;
    }

    private Component provisioning(Onboarding o) {
        return console.provisioning().statusPanel(o.id());
    }

    private Component tasks(Onboarding o) {
        var tasks = console.tasks(o.id());
        if (tasks.isEmpty()) {
            return new Paragraph(getTranslation("support.tasks.none"));
        }
        var list = new UnorderedList();
        list.addClassName("byoc-support-tasks");
        tasks.forEach(t -> {
            var text = new Span(getTranslation("support.task." + t.kind()));
            var state = new Span(getTranslation("support.taskState." + t.state()));
            state.getElement().getThemeList().add("badge" + (t.state() == SupportTaskState.DONE ? " success" : ""));
            var who = new Span(t.updatedBy().map(by -> getTranslation("support.task.by", by,
                    ViewerTime.dateTime(t.updatedAt().orElseThrow()))).orElse(""));
            who.addClassName("byoc-support-task-who");
            var item = new ListItem(state, text, who);
            item.getElement().setAttribute("data-task", t.kind().name());
            t.state().next().forEach(next -> {
                var move = new Button(getTranslation("support.taskMove." + t.state() + "." + next),
                        e -> run(() -> console.moveTask(o.id(), t.kind(), next)));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                move.getElement().setAttribute("data-move", next.name());
                item.add(move);
            });
            list.add(item);
        });
        return list;
    }

    private Component handover(SupportHandover h) {
        var text = new Pre(h.text());
        text.setId("handover-text");
        var copy = new Button(getTranslation("support.handover.copy"), VaadinIcon.COPY.create(),
                e -> e.getSource().getElement().executeJs("return navigator.clipboard.writeText($0)", h.text()));
        copy.setId("handover-copy");
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsString(new HandoverJson(h))
                .getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "byoc-handover-" + h.accountId() + ".json", "application/json",
                bytes.length)), getTranslation("support.handover.json"));
        download.setId("handover-json");
        return new Div(new Paragraph(getTranslation("support.handover.intro")), text, new HorizontalLayout(copy, download));
    }

    /** The handover as support's tools read it: field names of the guide, zones listed once. */
    private record HandoverJson(String accountId, String region, String vpcId, List<SupportHandover.Subnet> subnets,
                                List<String> availabilityZones) {
        HandoverJson(SupportHandover h) {
            this(h.accountId(), h.region(), h.vpcId(), h.subnets(), h.availabilityZones());
        }
    }

    private Component history(Onboarding o) {
        var grid = new AuditGrid();
        grid.setId("detail-history");
        grid.setAllRowsVisible(true);
        grid.setItems(audit.of(o.id()));
        return grid;
    }

    private Section section(String titleKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), content);
        section.addClassName("byoc-support-section");
        return section;
    }

    private static String name(Onboarding o) {
        return o.displayName().isBlank() ? o.id().toString() : o.displayName();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
