package com.byoconboard.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * What the vendor offers to onboard into.
 *
 * @param supportedRegions AWS regions the service can be deployed to, in the order the wizard lists them
 */
@ConfigurationProperties("byoc.onboarding")
public record OnboardingProperties(List<String> supportedRegions) {

    public OnboardingProperties {
        supportedRegions = supportedRegions == null ? List.of() : List.copyOf(supportedRegions);
    }
}
