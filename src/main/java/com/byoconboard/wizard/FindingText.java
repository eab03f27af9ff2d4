package com.byoconboard.wizard;

import com.byoconboard.validation.Finding;
import com.vaadin.flow.component.Component;

/** A finding as the customer reads it: its rule ID, so they can cite it, then the explanation. */
final class FindingText {

    private FindingText() {
    }

    static String of(Component context, Finding finding) {
        return "[" + finding.ruleId() + "] " + context.getTranslation(finding.messageKey(), finding.args().toArray());
    }
}
