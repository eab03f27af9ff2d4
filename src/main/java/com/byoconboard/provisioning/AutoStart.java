package com.byoconboard.provisioning;

import com.byoconboard.identity.SystemActor;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * With {@code byoc.provisioning.auto-start-on-submit} (the sandbox has no support person): approves a
 * submitted onboarding and starts provisioning it. Runs after the submit committed, on another thread.
 */
@Component
class AutoStart {

    private static final Logger LOG = LoggerFactory.getLogger(AutoStart.class);

    private final ProvisioningProperties properties;
    private final OnboardingService onboardings;
    private final ProvisioningService provisioning;
    private final TaskExecutor executor;

    AutoStart(ProvisioningProperties properties, OnboardingService onboardings, ProvisioningService provisioning,
              TaskExecutor executor) {
        this.properties = properties;
        this.onboardings = onboardings;
        this.provisioning = provisioning;
        this.executor = executor;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OnboardingEvents.StateChanged event) {
        if (!properties.autoStartOnSubmit() || event.to() != OnboardingState.SUBMITTED) {
            return;
        }
        executor.execute(() -> {
            try {
                SystemActor.run("provisioning-auto-start", () -> {
                    onboardings.moveTo(event.id(), OnboardingState.APPROVED);
                    provisioning.start(event.id());
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not auto-start provisioning of {}", event.id(), e);
            }
        });
    }
}
