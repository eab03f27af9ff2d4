package com.byoconboard.provisioning;

import com.byoconboard.onboarding.Onboarding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Check my account now": runs pre-flight in the customer's account with the role they created, without
 * submitting, and lists every check with what it saw and, for each failure, the fix. Shown once a role ARN is
 * entered; the last result stays on screen, marked as out of date when the inputs changed since.
 */
public class AccountCheckPanel extends Div {

    private final AccountCheck service;
    private final Supplier<Onboarding> onboarding;
    private final Consumer<AccountCheck.Checked> afterCheck;
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();
    /** The check and its outcome on screen; "never" stands for no check yet. */
    private AccountCheck.Checked shownCheck;
    private String shownOutcome;

    /**
     * @param onboarding the onboarding as it is now (the wizard saves every keystroke)
     * @param afterCheck told of every new result, so the page can show what it learned (AZ names, the VPC)
     */
    public AccountCheckPanel(AccountCheck service, Supplier<Onboarding> onboarding, Consumer<AccountCheck.Checked> afterCheck) {
        this.service = service;
        this.onboarding = onboarding;
        this.afterCheck = afterCheck;
        setId("account-check");
        addClassNames("byoc-section", "byoc-preflight");
        var run = new Button(getTranslation("provisioning.accountCheck.run"), VaadinIcon.STETHOSCOPE.create(), e -> run());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        run.setId("check-account");
        status.setId("account-check-status");
        results.setId("account-check-results");
        add(new H2(getTranslation("provisioning.accountCheck")),
                new Paragraph(getTranslation("provisioning.accountCheck.hint")), run, status, results);
        refresh();
    }

    /**
     * Shows the last result for the onboarding as it is now; hidden until a role ARN is entered. Called after every
     * saved change: it touches the page only when the check or its outcome changed.
     */
    public void refresh() {
        var current = onboarding.get();
        setVisible(!current.inputs().bootstrapRole().roleArn().isBlank());
        service.last(current).ifPresentOrElse(c -> show(c, current), () -> {
            if (!"never".equals(shownOutcome)) {
                status.setText(getTranslation("provisioning.accountCheck.never"));
                status.setClassName("byoc-check-status");
                results.removeAll();
                shownCheck = null;
                shownOutcome = "never";
            }
        });
    }

    private void run() {
        var current = onboarding.get();
        var checked = service.check(current.organizationId(), current.id());
        show(checked, current);
        afterCheck.accept(checked);
    }

    private void show(AccountCheck.Checked checked, Onboarding current) {
        var report = checked.report();
        String outcome = !checked.inputs().equals(current.inputs()) ? "stale" : report.passed() ? "passed" : "failed";
        if (checked == shownCheck && outcome.equals(shownOutcome)) {
            return;
        }
        shownCheck = checked;
        shownOutcome = outcome;
        status.setText(getTranslation("provisioning.accountCheck." + outcome, report.failures().size()));
        status.setClassName("byoc-check-status byoc-check-status-" + outcome);
        status.getElement().setAttribute("data-outcome", outcome);
        results.removeAll();
        results.add(checks(report));
    }

    private UnorderedList checks(PreflightReport report) {
        var list = new UnorderedList();
        list.addClassName("byoc-checks");
        for (CheckResult r : report.checks()) {
            var item = new ListItem(new Span(getTranslation("provisioning.check.status." + r.status())),
                    new Span(getTranslation(r.title().key(), r.title().argsArray())));
            if (r.findings().isEmpty()) {
                item.add(new Paragraph(getTranslation(r.evidence().key(), r.evidence().argsArray())));
            }
            // A rule's findings read as in the wizard: the rule ID, the message, and the fix to copy.
            r.findings().forEach(f -> {
                item.add(new Paragraph("[" + f.ruleId() + "] " + getTranslation(f.messageKey(), f.args().toArray())));
                f.fix().ifPresent(fix -> item.add(new FixSnippet(fix)));
            });
            if (r.fix() != null) {
                var fix = new Paragraph(getTranslation(r.fix().key(), r.fix().argsArray()));
                fix.addClassName("byoc-check-fix");
                item.add(fix);
            }
            item.addClassName("byoc-check-" + r.status().name().toLowerCase());
            item.getElement().setAttribute("data-check", r.check());
            item.getElement().setAttribute("data-status", r.status().name());
            list.add(item);
        }
        return list;
    }
}
