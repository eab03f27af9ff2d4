package com.byoconboard.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The roles a token's claims grant, read the same way for a person's ID token (the UI) and a machine client's
 * access token (the API): the roles claim, and a token with an organization but no role is a customer.
 */
final class RoleClaims {

    private RoleClaims() {
    }

    static List<GrantedAuthority> authorities(Map<String, Object> claims, IdentityProperties properties) {
        var roles = roleNames(claims.get(properties.rolesClaim())).toList();
        if (roles.isEmpty() && claims.get(properties.organizationClaim()) != null) {
            roles = List.of(Role.CUSTOMER);
        }
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    private static Stream<Role> roleNames(Object claim) {
        Stream<String> names = switch (claim) {
            case null -> Stream.empty();
            case Collection<?> list -> list.stream().map(Object::toString);
            default -> Arrays.stream(claim.toString().split("[\\s,]+"));
        };
        return names.map(n -> n.trim().toUpperCase(Locale.ROOT))
                .flatMap(n -> Arrays.stream(Role.values()).filter(r -> r.name().equals(n)));
    }
}
