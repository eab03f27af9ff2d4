package com.byoconboard.wizard;

import com.byoconboard.ui.MainLayout;
import com.byoconboard.validation.OnboardingValidator;
import com.byoconboard.validation.Rule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Every rule the wizard checks, by its ID, in the reader's language: the same catalogue as docs/rules.md, drawn
 * from the validator's own rules, so that a rule ID shown beside a finding links to what the rule is for.
 */
@Route(value = "rules", layout = MainLayout.class)
@PermitAll
public class RuleCatalogView extends Div implements HasDynamicTitle {

    RuleCatalogView(OnboardingValidator validator) {
        addClassName("byoc-rule-catalogue");
        add(new H1(getTranslation("rules.title")), new Paragraph(getTranslation("rules.intro")));
        for (Rule rule : validator.rules()) {
            var section = new Section(new H2(rule.id()), new Paragraph(getTranslation(rule.descriptionKey())));
            section.setId(FindingText.anchor(rule.id()));
            section.addClassName("byoc-rule");
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title");
    }
}
