package com.byoconboard.support;

import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Stands in until the provisioning module provides {@link ProvisioningControl}: it moves the state, nothing more. */
class UnconnectedProvisioning implements ProvisioningControl {

    private final OnboardingService onboardings;

    UnconnectedProvisioning(OnboardingService onboardings) {
        this.onboardings = onboardings;
    }

    @Override
    public void start(OnboardingId id) {
        onboardings.moveTo(id, OnboardingState.PROVISIONING);
    }

    @Override
    public void tearDown(OnboardingId id) {
        onboardings.moveTo(id, OnboardingState.TORN_DOWN);
    }

    @Override
    public Component statusPanel(OnboardingId id) {
        var panel = new Div(VaadinIcon.PLUG.create());
        panel.add(new Paragraph(panel.getTranslation("support.provisioning.notConnected")));
        panel.addClassName("byoc-provisioning-unconnected");
        panel.setId("provisioning-not-connected");
        return panel;
    }
}
