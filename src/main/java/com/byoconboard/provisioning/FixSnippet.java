package com.byoconboard.provisioning;

import com.byoconboard.validation.Fix;
import com.vaadin.flow.component.html.Pre;

/** A rule's fix (a command or snippet) shown verbatim for copying, styled as the wizard shows it. */
final class FixSnippet extends Pre {

    FixSnippet(Fix fix) {
        super(fix.text());
        addClassName("byoc-fix-snippet");
    }
}
