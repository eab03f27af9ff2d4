package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsProblem;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.ui.CopyButton;
import com.byoconboard.ui.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * "Compare with your account": Verify now runs the drift check of {@link DriftService} and lists what it found;
 * Repair, offered when something of ours is missing, runs the steps concerned again. On the customer's
 * provisioning page and on support's review page.
 */
final class DriftPanel extends Div {

    private final OnboardingId id;
    private final DriftService drift;
    private final String roleArn;
    private final Div results = new Div();
    private final Button verify;
    private final Button repair;

    DriftPanel(OnboardingId id, String roleArn, DriftService drift) {
        this.id = id;
        this.drift = drift;
        this.roleArn = roleArn;
        setId("drift");
        addClassNames("byoc-section", "byoc-drift-panel");
        results.setId("drift-findings");
        verify = new Button(getTranslation("provisioning.drift.verify"), e -> verify());
        verify.setId("drift-verify");
        verify.setDisableOnClick(true);
        repair = new Button(getTranslation("provisioning.drift.repair"), e -> confirmRepair());
        repair.setId("drift-repair");
        repair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        repair.setVisible(false);
        add(new H2(getTranslation("provisioning.drift.title")), new Paragraph(getTranslation("provisioning.drift.intro")),
                new Div(verify, repair), results);
    }

    private void verify() {
        try {
            show(drift.verify(id));
        } catch (SdkException e) {
            var problem = AwsProblem.of(e, roleArn);
            failed(getTranslation(problem.messageKey(), problem.args().toArray()));
        } catch (AccessGrantRequiredException e) {
            accessNeeded(e);
        } catch (IllegalStateException e) {
            failed(getTranslation("provisioning.drift.notNow"));
        } finally {
            verify.setEnabled(true);
        }
    }

    private void show(DriftReport report) {
        results.removeAll();
        String at = ViewerTime.dateTime(report.checkedAt());
        var summary = new Paragraph(report.clean() ? getTranslation("provisioning.drift.clean", report.checked(), at)
                : getTranslation("provisioning.drift.found", report.checked(), at, report.findings().size()));
        summary.setId("drift-summary");
        results.add(summary);
        var list = new UnorderedList();
        for (DriftFinding finding : report.findings()) {
            var item = new ListItem();
            item.getElement().setAttribute("data-finding", finding.getClass().getSimpleName().toLowerCase());
            item.getElement().setAttribute("data-resource", finding.resourceId());
            switch (finding) {
                case DriftFinding.Missing m -> item.add(new Span(getTranslation("provisioning.drift.missing", m.type(),
                        m.resourceId(), m.logicalName()) + " " + getTranslation(m.repairable()
                        ? "provisioning.drift.missing.repairable" : "provisioning.drift.missing.notOurs")));
                case DriftFinding.Changed c -> {
                    item.add(new Span(getTranslation("provisioning.drift.changed", c.type(), c.resourceId(),
                            c.logicalName(), getTranslation(c.what().key(), c.what().argsArray()))));
                    c.fix().ifPresent(fix -> item.add(new Pre(fix.text()), new CopyButton(c.resourceId(), fix::text)));
                }
                case DriftFinding.Extra x -> item.add(new Span(getTranslation("provisioning.drift.extra", x.type(),
                        x.resourceId(), ResourceNames.ONBOARDING_TAG)));
            }
            list.add(item);
        }
        if (!report.clean()) {
            results.add(list);
        }
        repair.setVisible(report.repairable());
    }

    private void confirmRepair() {
        var dialog = new ConfirmDialog(getTranslation("provisioning.drift.repair"),
                getTranslation("provisioning.drift.repair.confirm"), getTranslation("provisioning.drift.repair"), e -> {
            try {
                drift.repair(id);
                repair.setVisible(false);
                Notification.show(getTranslation("provisioning.drift.repairStarted"), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (SdkException ex) {
                var problem = AwsProblem.of(ex, roleArn);
                failed(getTranslation(problem.messageKey(), problem.args().toArray()));
            } catch (AccessGrantRequiredException ex) {
                accessNeeded(ex);
            } catch (IllegalStateException ex) {
                failed(getTranslation("provisioning.drift.notNow"));
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("provisioning.drift.repair.cancel"));
        dialog.open();
    }

    /** Support without the customer's grant: why, and the way to ask for it (the access panel's request form). */
    private void accessNeeded(AccessGrantRequiredException e) {
        results.removeAll();
        var why = new Paragraph(AccessPanel.refusal(this, e));
        why.setId("drift-access-needed");
        why.addClassName("byoc-error");
        results.add(why);
        var request = new Button(getTranslation("provisioning.access.requestAccess"),
                click -> getElement().executeJs("const f = document.getElementById('access-reason');"
                        + " if (f) { f.scrollIntoView(); f.focus(); }"));
        request.setId("drift-request-access");
        results.add(request);
    }

    private void failed(String why) {
        results.removeAll();
        var text = new Paragraph(getTranslation("provisioning.drift.failed", why));
        text.setId("drift-failed");
        text.addClassName("byoc-error");
        results.add(text);
    }
}
