package com.byoconboard.provisioning;

import com.byoconboard.identity.CurrentOrganization;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.support.AccessGrants;
import com.byoconboard.support.CustomerSupportTasks;
import com.byoconboard.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/**
 * The customer's page of one onboarding's provisioning: what it is about, the live {@link RunProgressPanel}, once
 * ready its {@link ChangeSettingsPanel}, {@link PeeringPanel} and {@link DriftPanel}, its {@link OffboardingPanel}, and
 * support's access to the
 * account ({@link AccessPanel}, with a notice on top while a request waits).
 */
@Route(value = "onboarding/:draftId/provisioning", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class ProvisioningView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProvisioningService provisioning;
    private final OnboardingService onboardings;
    private final CurrentOrganization organization;
    private final ProgressBroadcaster broadcaster;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final CustomerSupportTasks supportTasks;
    private final DriftService drift;
    private final OffboardingService offboarding;
    private final ChangeService changes;
    private final AccessGrants grants;

    ProvisioningView(ProvisioningService provisioning, OnboardingService onboardings, CurrentOrganization organization,
                     ProgressBroadcaster broadcaster, Clock clock, CurrentUser currentUser, CustomerSupportTasks supportTasks,
                     DriftService drift, OffboardingService offboarding, ChangeService changes, AccessGrants grants) {
        this.grants = grants;
        this.provisioning = provisioning;
        this.changes = changes;
        this.drift = drift;
        this.offboarding = offboarding;
        this.supportTasks = supportTasks;
        this.onboardings = onboardings;
        this.organization = organization;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassName("byoc-provisioning");
    }

    /** The view's URL for an onboarding. */
    public static String path(OnboardingId id) {
        return "onboarding/" + id + "/provisioning";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = event.getRouteParameters().get("draftId").flatMap(OnboardingId::parse);
        if (parsed.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            var onboarding = onboardings.get(organization.id(), parsed.get());
            removeAll();
            var intro = new Paragraph(getTranslation("provisioning.intro", onboarding.inputs().account().accountId(),
                    onboarding.inputs().region()));
            var head = new Div(new H1(getTranslation("provisioning.title")));
            head.addClassName("byoc-provisioning-head");
            add(head, intro);
            // Support waits for the customer: said first, decided in the access panel below.
            if (grants.waiting(onboarding.id())) {
                var notice = new Div(new Paragraph(getTranslation("provisioning.access.notice")));
                notice.setId("access-notice");
                notice.addClassNames("byoc-note", "byoc-note-warning");
                add(notice);
            }
            add(new RunProgressPanel(onboarding.id(), provisioning, broadcaster, clock, currentUser.actor()));
            // Peering after READY: the peers change here, and the peering steps above run again.
            if (onboarding.state() == OnboardingState.READY) {
                add(new ChangeSettingsPanel(organization.id(), onboarding, changes, onboardings, broadcaster,
                        currentUser.actor()));
                add(new PeeringPanel(organization.id(), onboarding.id(), provisioning, onboardings, supportTasks));
            }
            if (drift.checkable(onboarding.id())) {
                add(new DriftPanel(onboarding.id(), onboarding.inputs().bootstrapRole().roleArn(), drift));
            }
            if (OffboardingPanel.shown(onboarding, offboarding)) {
                add(new OffboardingPanel(onboarding, offboarding));
            }
            add(new AccessPanel(onboarding.id(), grants, true));
        } catch (OnboardingNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provisioning.title");
    }
}
