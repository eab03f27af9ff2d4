package com.byoconboard.wizard;

import com.byoconboard.ui.Texts;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.FindingLines;
import com.byoconboard.validation.Fix;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Everything the rules say about the current step, each with its fix where one exists. */
final class StepSummary extends Div {

    private final DraftBinder binder;
    private final H2 title = new H2();
    private final UnorderedList list = new UnorderedList();
    /** The lines on screen, in order, each with its item: an autosave draws only the lines that are new. */
    private final List<Shown> shown = new ArrayList<>();
    private boolean shownEditable;

    StepSummary(DraftBinder binder) {
        this.binder = binder;
        addClassName("byoc-step-summary");
        getElement().setAttribute("aria-live", "polite");
        add(title, list);
    }

    // Called on every autosave: redrawing every line was a quarter of the server's time per field change and
    // most of each answer (bench/live-validation's profile), while a change usually adds or removes one line.
    void show(List<Finding> findings) {
        setVisible(!findings.isEmpty());
        Texts.setIfChanged(title, getTranslation("wizard.summary.title", findings.size()));
        var kept = new HashMap<FindingLines.Line, ArrayDeque<ListItem>>();
        // A fix's Apply button is enabled while the draft is editable; when that changes, every line is drawn anew.
        if (binder.editable() == shownEditable) {
            shown.forEach(s -> kept.computeIfAbsent(s.line(), k -> new ArrayDeque<>()).add(s.item()));
        } else {
            list.removeAll();
        }
        shownEditable = binder.editable();
        var wanted = new ArrayList<Shown>();
        for (var line : FindingLines.of(findings)) {
            var same = kept.get(line);
            wanted.add(new Shown(line, same == null || same.isEmpty() ? item(line) : same.poll()));
        }
        kept.values().forEach(gone -> gone.forEach(list::remove));
        var items = list.getElement();
        for (int i = 0; i < wanted.size(); i++) {
            var item = wanted.get(i).item();
            if (i >= items.getChildCount() || !items.getChild(i).equals(item.getElement())) {
                list.addComponentAtIndex(i, item);
            }
        }
        shown.clear();
        shown.addAll(wanted);
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

    private Component fixView(Finding finding, Fix fix) {
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

    private static Component icon(Finding finding) {
        var icon = switch (finding.severity()) {
            case ERROR -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case WARNING -> VaadinIcon.WARNING.create();
            case INFO -> VaadinIcon.INFO_CIRCLE.create();
        };
        icon.addClassName("byoc-finding-icon");
        return icon;
    }

    /** A line on screen and the item that draws it. */
    private record Shown(FindingLines.Line line, ListItem item) {
    }
}
