package com.byoconboard.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * What the vendor offers to onboard into, and what a submission must pass.
 *
 * @param supportedRegions  AWS regions the service can be deployed to, in the order the wizard lists them
 * @param preflightOnSubmit whether submit runs pre-flight in the customer's account again and is refused while it
 *                          fails (unset: yes); off only where there is no AWS to ask, as in tests of other things
 */
@ConfigurationProperties("byoc.onboarding")
public record OnboardingProperties(List<String> supportedRegions, Boolean preflightOnSubmit) {

    public OnboardingProperties {
        supportedRegions = supportedRegions == null ? List.of() : List.copyOf(supportedRegions);
        preflightOnSubmit = preflightOnSubmit == null || preflightOnSubmit;
    }
}
