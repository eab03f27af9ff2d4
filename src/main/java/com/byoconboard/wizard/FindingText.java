package com.byoconboard.wizard;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.FindingLines;
import com.vaadin.flow.component.Component;

/** A finding as the customer reads it: its rule ID, so they can cite it, then the explanation. */
final class FindingText {

    private FindingText() {
    }

    static String of(Component context, Finding finding) {
        return "[" + finding.ruleId() + "] " + context.getTranslation(finding.messageKey(), finding.args().toArray());
    }

    /** The line that stands for findings not shown one by one: "[ALLOW-004] … and 997 more like this". */
    static String more(Component context, FindingLines.More more) {
        return "[" + more.finding().ruleId() + "] " + context.getTranslation("wizard.summary.more", more.count());
    }
}
