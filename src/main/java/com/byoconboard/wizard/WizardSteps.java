package com.byoconboard.wizard;

import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.SandboxBootstrapRole;
import com.byoconboard.onboarding.OnboardingProperties;
import com.byoconboard.provisioning.AccountCheck;
import com.byoconboard.validation.AzCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Which form each step shows. */
@Component
class WizardSteps {

    private final Map<WizardStep, StepContent> contents = new EnumMap<>(WizardStep.class);

    WizardSteps(OnboardingProperties properties, ReviewStep review, IacGenerator iac,
                ObjectProvider<SandboxBootstrapRole> sandbox, AccountCheck accountCheck, Clock clock) {
        contents.put(WizardStep.ACCOUNT, new AccountStep());
        contents.put(WizardStep.REGION, new RegionStep(properties.supportedRegions()));
        contents.put(WizardStep.BOOTSTRAP_ROLE, new BootstrapRoleStep(iac, sandbox.getIfAvailable()));
        contents.put(WizardStep.NETWORK, new NetworkStep(AzCatalog.shipped(), iac, accountCheck));
        contents.put(WizardStep.PRIVATE_CONNECTIVITY, new ConnectivityStep());
        contents.put(WizardStep.MAINTENANCE_WINDOW, new MaintenanceStep(clock));
        contents.put(WizardStep.REVIEW, review);
    }

    StepContent of(WizardStep step) {
        return contents.get(step);
    }
}
