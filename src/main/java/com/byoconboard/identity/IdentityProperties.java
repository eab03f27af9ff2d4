package com.byoconboard.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings. Until sign-in supplies the organization from the login, every request belongs to
 * the configured local organization.
 */
@ConfigurationProperties("byoc.identity")
public record IdentityProperties(LocalOrganization localOrganization) {

    /** The organization used when nobody is signed in (local development, sandbox). */
    public record LocalOrganization(String id, String name) {
    }
}
