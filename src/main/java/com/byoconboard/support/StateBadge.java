package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.html.Span;

/** An onboarding state as a coloured pill, in the same colours as on the customer's landing page. */
class StateBadge extends Span {

    StateBadge(OnboardingState state) {
        setText(getTranslation("state." + state));
        getElement().getThemeList().add("badge pill");
        addClassName("byoc-state-" + state.name().toLowerCase().replace('_', '-'));
        getElement().setAttribute("data-state", state.name());
    }
}
