package com.byoconboard.identity;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts a login into the security context of the test's thread exactly as OIDC sign-in leaves it (an OIDC user
 * with the organization claim and ROLE_ authorities), for service-level tests.
 */
public final class TestLogins {

    public static final OrganizationId SANDBOX = new OrganizationId("sandbox-org");
    public static final OrganizationId GLOBEX = new OrganizationId("globex");

    private TestLogins() {
    }

    public static void signIn(String username, OrganizationId org, Role... roles) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", username, "name", username));
        if (org != null) {
            claims.put("org", org.value());
        }
        var token = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(600), claims);
        var authorities = AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(Role::authority).toList());
        var user = new DefaultOidcUser(authorities, token);
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, authorities, "byoc"));
    }

    /** A customer of an organization of their own, for tests that create many onboardings. */
    public static OrganizationId customerOfOwnOrganization(String organization) {
        var org = new OrganizationId(organization);
        signIn(organization + "-customer", org, Role.CUSTOMER);
        return org;
    }

    public static void alice() {
        signIn("alice", SANDBOX, Role.CUSTOMER);
    }

    public static void bob() {
        signIn("bob", GLOBEX, Role.CUSTOMER);
    }

    public static void sam() {
        signIn("sam", null, Role.SUPPORT);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
