package com.byoconboard.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actor behind the current call and the access checks services make with it; services call these
 * checks themselves, so hiding a button is never the only guard.
 */
@Component
public class CurrentUser {

    private final IdentityProperties properties;

    CurrentUser(IdentityProperties properties) {
        this.properties = properties;
    }

    /** The signed-in person or the system actor; empty for anonymous calls. */
    public Optional<Actor> actor() {
        var system = SystemActor.current();
        if (system.isPresent()) {
            return system;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(a -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(a)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        // A person signed in to the UI carries an OIDC user; a machine client of the API carries its access token.
        Map<String, Object> claims = switch (auth.getPrincipal()) {
            case OAuth2User user -> user.getAttributes();
            case ClaimAccessor token -> token.getClaims();
            default -> null;
        };
        if (claims != null) {
            Optional<OrganizationId> org = Optional.ofNullable(claims.get(properties.organizationClaim()))
                    .map(Object::toString).filter(s -> !s.isBlank()).map(OrganizationId::new);
            String name = firstText(claims, "name", "preferred_username").orElse(auth.getName());
            return Optional.of(new Actor(auth.getName(), name, firstText(claims, "email").orElse(""), org, roles, false));
        }
        return Optional.of(new Actor(auth.getName(), auth.getName(), "", Optional.empty(), roles, false));
    }

    /** The actor, or a refusal when nobody is signed in. */
    public Actor require() {
        return actor().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** Customer actions (create, edit, submit): only a customer of {@code org} itself. */
    public Actor requireCustomerOf(OrganizationId org) {
        Actor actor = require();
        if (!actor.customerOf(org)) {
            throw new AccessDeniedException(actor.id() + " may not change onboardings of organization " + org);
        }
        return actor;
    }

    /** Reading an organization's onboardings: its customers, or the vendor side. */
    public Actor requireReaderOf(OrganizationId org) {
        Actor actor = require();
        if (!actor.customerOf(org) && !actor.vendor()) {
            throw new AccessDeniedException(actor.id() + " may not read onboardings of organization " + org);
        }
        return actor;
    }

    /** Vendor-side actions across organizations: support, administrators, the system. */
    public Actor requireVendor() {
        Actor actor = require();
        if (!actor.vendor()) {
            throw new AccessDeniedException(actor.id() + " is not vendor support");
        }
        return actor;
    }

    public Actor requireAdmin() {
        Actor actor = require();
        if (!actor.admin()) {
            throw new AccessDeniedException(actor.id() + " is not an administrator");
        }
        return actor;
    }

    private static Optional<String> firstText(Map<String, Object> values, String... claims) {
        return Arrays.stream(claims).map(values::get).filter(v -> v != null && !v.toString().isBlank())
                .map(Object::toString).findFirst();
    }
}
