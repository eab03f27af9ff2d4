package com.byoconboard.wizard;

import com.vaadin.flow.component.Component;

/** The form of one wizard step, drawn from a binder that saves and validates as the customer types. */
interface StepContent {

    Component render(DraftBinder binder);
}
