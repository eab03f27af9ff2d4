package com.byoconboard.identity;

/** Supplies the organization of whoever is making the current request. */
public interface CurrentOrganization {

    OrganizationId id();

    /** Human-readable name shown in the header. */
    String displayName();
}
