package com.byoconboard.identity;

import org.springframework.stereotype.Component;

/** The single organization from configuration; replaced by the signed-in user's organization once login exists. */
@Component
class ConfiguredOrganization implements CurrentOrganization {

    private final OrganizationId id;
    private final String name;

    ConfiguredOrganization(IdentityProperties properties) {
        this.id = new OrganizationId(properties.localOrganization().id());
        this.name = properties.localOrganization().name();
    }

    @Override
    public OrganizationId id() {
        return id;
    }

    @Override
    public String displayName() {
        return name;
    }
}
