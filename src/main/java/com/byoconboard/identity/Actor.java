package com.byoconboard.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: a signed-in person, or the system itself (background jobs, see {@link SystemActor}).
 *
 * @param id stable identifier written to the audit log: the login name, or {@code system:<purpose>}
 * @param organization the person's organization; empty for vendor staff whose login carries none, and for the system
 */
public record Actor(String id, String displayName, String email, Optional<OrganizationId> organization,
                    Set<Role> roles, boolean system) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        email = email == null ? "" : email;
    }

    /** Vendor side: support, administrators and the system may act on every organization's onboardings. */
    public boolean vendor() {
        return system || roles.contains(Role.SUPPORT) || roles.contains(Role.ADMIN);
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    /** A customer of exactly this organization. */
    public boolean customerOf(OrganizationId org) {
        return roles.contains(Role.CUSTOMER) && organization.filter(org::equals).isPresent();
    }
}
