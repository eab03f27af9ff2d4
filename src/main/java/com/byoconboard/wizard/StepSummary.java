package com.byoconboard.wizard;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.FindingLines;
import com.byoconboard.validation.Fix;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/** Everything the rules say about the current step, each with its fix where one exists. */
final class StepSummary extends Div {

    private final DraftBinder binder;

    StepSummary(DraftBinder binder) {
        this.binder = binder;
        addClassName("byoc-step-summary");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(List<Finding> findings) {
        removeAll();
        setVisible(!findings.isEmpty());
        if (findings.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("wizard.summary.title", findings.size())));
        var list = new UnorderedList();
        FindingLines.of(findings).forEach(line -> list.add(item(line)));
        add(list);
    }

    private ListItem item(FindingLines.Line line) {
        var finding = line.finding();
        var item = new ListItem(icon(finding));
        item.addClassName("byoc-finding-" + finding.severity().name().toLowerCase());
        item.getElement().setAttribute("data-rule", finding.ruleId());
        item.getElement().setAttribute("data-field", finding.field());
        switch (line) {
            case FindingLines.Shown _ -> {
                item.add(FindingText.linked(this, finding));
                finding.fix().ifPresent(fix -> item.add(fixView(finding, fix)));
            }
            case FindingLines.More more -> item.add(new Span(FindingText.more(this, more)));
        }
        return item;
    }

    private com.vaadin.flow.component.Component fixView(Finding finding, Fix fix) {
        if (fix.kind() == Fix.Kind.CORRECTED_VALUE) {
            var apply = new Button(getTranslation("wizard.fix.apply", fix.text()),
                    e -> binder.applyText(finding.field(), fix.text()));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            apply.setEnabled(binder.editable());
            return apply;
        }
        var snippet = new Pre(fix.text());
        snippet.addClassName("byoc-fix-snippet");
        return snippet;
    }

    private static com.vaadin.flow.component.Component icon(Finding finding) {
        var icon = switch (finding.severity()) {
            case ERROR -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case WARNING -> VaadinIcon.WARNING.create();
            case INFO -> VaadinIcon.INFO_CIRCLE.create();
        };
        icon.addClassName("byoc-finding-icon");
        return icon;
    }
}
