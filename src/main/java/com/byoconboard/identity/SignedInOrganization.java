package com.byoconboard.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/** The organization of the signed-in person, taken from the organization claim of their login. */
@Component
class SignedInOrganization implements CurrentOrganization {

    private final CurrentUser currentUser;
    private final IdentityProperties properties;

    SignedInOrganization(CurrentUser currentUser, IdentityProperties properties) {
        this.currentUser = currentUser;
        this.properties = properties;
    }

    @Override
    public OrganizationId id() {
        return currentUser.require().organization()
                .orElseThrow(() -> new AccessDeniedException("This login belongs to no customer organization"));
    }

    @Override
    public String displayName() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OAuth2User user
                && user.getAttributes().get(properties.organizationNameClaim()) instanceof String name && !name.isBlank()) {
            return name;
        }
        return currentUser.actor().flatMap(Actor::organization).map(OrganizationId::value).orElse("");
    }
}
