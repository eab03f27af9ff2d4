package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProblem;
import com.byoconboard.iac.BootstrapRemoval;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.CopyButton;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The customer's offboarding, in three steps as {@link OffboardingService} has it: Offboard (after a confirmation
 * naming everything that gets deleted) tears down; then the commands that delete the bootstrap role, for each way
 * we offered to create it; then Verify offboarding, and once it passed, the report to download.
 */
final class OffboardingPanel extends Div {

    private final Onboarding onboarding;
    private final OffboardingService offboarding;

    OffboardingPanel(Onboarding onboarding, OffboardingService offboarding) {
        this.onboarding = onboarding;
        this.offboarding = offboarding;
        setId("offboarding");
        addClassNames("byoc-section", "byoc-offboarding-panel");
        render();
    }

    /** Whether the page shows the panel: offboarding can start, or has. */
    static boolean shown(Onboarding onboarding, OffboardingService offboarding) {
        return offboarding.offboardable(onboarding.id()) || offboarding.status(onboarding.id()).isPresent();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("provisioning.offboarding.title")));
        var status = offboarding.status(onboarding.id());
        if (status.isEmpty()) {
            add(new Paragraph(getTranslation("provisioning.offboarding.intro")));
            var start = new Button(getTranslation("provisioning.offboarding.start"), e -> confirmStart());
            start.setId("offboarding-start");
            start.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(start);
            return;
        }
        var s = status.get();
        if (s.completed()) {
            var done = new Paragraph(getTranslation("provisioning.offboarding.done", s.checkedBy().orElse(""),
                    ViewerTime.dateTime(s.completedAt().orElseThrow())));
            done.setId("offboarding-done");
            // The download is its own request: the report's language is the page's, taken now.
            var locale = getLocale();
            var report = new Anchor(DownloadHandler.fromInputStream(event -> {
                var r = offboarding.report(onboarding.id());
                byte[] bytes = r.markdown((key, args) -> getTranslation(locale, key, args)).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), r.fileName(), "text/markdown; charset=UTF-8",
                        bytes.length);
            }), getTranslation("provisioning.offboarding.download"));
            report.setId("offboarding-report");
            add(done, report);
            return;
        }
        add(new Paragraph(getTranslation("provisioning.offboarding.requested", s.requestedBy(),
                ViewerTime.dateTime(s.requestedAt()))));
        if (onboarding.state() != OnboardingState.TORN_DOWN) {
            add(new Paragraph(getTranslation("provisioning.offboarding.tearingDown")));
        }
        var removal = BootstrapRemoval.in(onboarding.inputs().region());
        add(new H3(getTranslation("provisioning.offboarding.deleteRole", onboarding.inputs().bootstrapRole().roleArn())));
        command("provisioning.offboarding.deleteRole.cloudFormation", "CloudFormation", removal.cloudFormation());
        command("provisioning.offboarding.deleteRole.terraform", "Terraform", removal.terraform());
        command("provisioning.offboarding.deleteRole.terraformModule", "Terraform", removal.terraformModule());
        add(new H3(getTranslation("provisioning.offboarding.verifyStep")));
        var verify = new Button(getTranslation("provisioning.offboarding.verify"), e -> verify());
        verify.setId("offboarding-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setDisableOnClick(true);
        verify.setEnabled(onboarding.state() == OnboardingState.TORN_DOWN);
        add(verify);
        if (!s.problems().isEmpty()) {
            add(new Paragraph(getTranslation("provisioning.offboarding.checked", s.checkedBy().orElse(""),
                    ViewerTime.dateTime(s.checkedAt().orElseThrow()))));
            var problems = new UnorderedList();
            problems.setId("offboarding-problems");
            s.problems().forEach(p -> {
                var item = new ListItem(getTranslation(p.key(), p.argsArray()));
                item.getElement().setAttribute("data-problem", p.key());
                problems.add(item);
            });
            add(problems);
        }
    }

    private void command(String labelKey, String what, String command) {
        var block = new Div(new Paragraph(getTranslation(labelKey)), new Pre(command), new CopyButton(what, () -> command));
        block.addClassName("byoc-command");
        add(block);
    }

    private void confirmStart() {
        var resources = offboarding.toDelete(onboarding.id());
        var list = new UnorderedList();
        list.setId("offboarding-to-delete");
        resources.forEach(r -> list.add(new ListItem(r.type() + " " + r.resourceId() + " (" + r.logicalName() + ")")));
        var text = new Div(new Paragraph(getTranslation("provisioning.offboarding.confirm.text", resources.size(),
                onboarding.inputs().account().accountId(), onboarding.inputs().region())), list);
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("provisioning.offboarding.confirm.title"));
        dialog.setText(text);
        dialog.setConfirmText(getTranslation("provisioning.offboarding.confirm.button"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("provisioning.offboarding.keep"));
        dialog.addConfirmListener(e -> act(() -> offboarding.start(onboarding.id())));
        dialog.open();
    }

    private void verify() {
        act(() -> offboarding.verify(onboarding.id()));
    }

    /** Does it, then shows the page anew (the run's panel above follows the tear down); refused, says why. */
    private void act(Runnable action) {
        try {
            action.run();
            UI.getCurrent().getPage().reload();
        } catch (SdkException e) {
            var problem = AwsProblem.of(e, onboarding.inputs().bootstrapRole().roleArn());
            failed(getTranslation(problem.messageKey(), problem.args().toArray()));
        } catch (IllegalStateException e) {
            failed(getTranslation("provisioning.offboarding.refused"));
        }
    }

    private void failed(String why) {
        render();
        Notification.show(getTranslation("provisioning.offboarding.failed", why), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
