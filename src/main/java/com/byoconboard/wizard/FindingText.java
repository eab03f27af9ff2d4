package com.byoconboard.wizard;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.FindingLines;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/** A finding as the customer reads it: its rule ID, so they can cite it, then the explanation. */
final class FindingText {

    private FindingText() {
    }

    static String of(Component context, Finding finding) {
        return "[" + finding.ruleId() + "] " + message(context, finding);
    }

    /** The same with the rule ID as a link to its entry in the rule catalogue, for text outside input fields. */
    static Span linked(Component context, Finding finding) {
        return new Span(new Span("["), ruleLink(finding.ruleId()), new Span("] " + message(context, finding)));
    }

    /** A link to the rule's entry in the in-app rule catalogue. */
    static Anchor ruleLink(String ruleId) {
        var link = new Anchor("rules#" + anchor(ruleId), ruleId);
        link.addClassName("byoc-rule-link");
        return link;
    }

    /** The element ID of a rule's entry in the catalogue, e.g. acc-001 (as in docs/rules.md). */
    static String anchor(String ruleId) {
        return ruleId.toLowerCase(Locale.ROOT);
    }

    private static String message(Component context, Finding finding) {
        return context.getTranslation(finding.messageKey(), finding.args().toArray());
    }

    /** The line that stands for findings not shown one by one: "[ALLOW-004] … and 997 more like this". */
    static String more(Component context, FindingLines.More more) {
        return "[" + more.finding().ruleId() + "] " + context.getTranslation("wizard.summary.more", more.count());
    }
}
