package com.byoconboard.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Sign-in settings: which OIDC client registration signs people in, which claims of their login carry the
 * organization and the roles, and the local issuer the default configuration ships for demos and tests.
 *
 * @param registrationId the {@code spring.security.oauth2.client.registration.<id>} used for sign-in
 * @param organizationClaim claim holding the organization ID (the tenant) of a customer
 * @param organizationNameClaim claim holding the organization's display name
 * @param rolesClaim claim holding the roles (CUSTOMER, SUPPORT, ADMIN), a list or a space-separated string
 */
@ConfigurationProperties("byoc.identity")
public record IdentityProperties(String registrationId, String organizationClaim, String organizationNameClaim,
                                 String rolesClaim, LocalIssuer localIssuer) {

    public IdentityProperties {
        registrationId = registrationId == null ? "byoc" : registrationId;
        organizationClaim = organizationClaim == null ? "org" : organizationClaim;
        organizationNameClaim = organizationNameClaim == null ? "org_name" : organizationNameClaim;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        localIssuer = localIssuer == null ? new LocalIssuer(false, null, null, null, null, null) : localIssuer;
    }

    /**
     * An OIDC issuer inside this app (Spring Authorization Server) with seeded users; on in the sandbox only,
     * unless enabled on purpose (see {@link SignInSafety}).
     *
     * @param enabled      run the issuer and its demo users (published passwords): the sandbox does; elsewhere only
     *                     on purpose, with a client secret of its own, and logged as a warning
     * @param clientId     the app's own client at the issuer
     * @param clientSecret that client's secret; blank means the published sandbox default, refused elsewhere
     * @param redirectUris extra redirect URIs to accept besides this app's own localhost ones (e.g. behind a proxy)
     * @param users        the people who may sign in, with password, organization and roles
     * @param apiClients machine clients of the REST API, each getting access tokens by the client-credentials grant
     */
    public record LocalIssuer(boolean enabled, String clientId, String clientSecret, List<String> redirectUris,
                              List<DemoUser> users, List<ApiClient> apiClients) {

        /** The client secret when none is set: published, so only the sandbox may run with it. */
        public static final String SANDBOX_SECRET = "local-secret";

        public LocalIssuer {
            clientId = clientId == null ? "byoc-onboard" : clientId;
            clientSecret = clientSecret == null || clientSecret.isBlank() ? SANDBOX_SECRET : clientSecret;
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            users = users == null ? List.of() : List.copyOf(users);
            apiClients = apiClients == null ? List.of() : List.copyOf(apiClients);
        }
    }

    /**
     * A pipeline's client of the REST API at the local issuer: its access tokens carry the organization and roles
     * given here, as a person's ID token does, and may ask for the listed scopes.
     *
     * @param scopes of {@code read}, {@code write}, {@code support}, {@code metrics} (the Prometheus endpoint)
     */
    public record ApiClient(String clientId, String clientSecret, String organization, String organizationName,
                            List<Role> roles, List<String> scopes) {
        public ApiClient {
            roles = roles == null ? List.of() : List.copyOf(roles);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    /** A seeded login of the local issuer; its organization and roles become claims of its ID token. */
    public record DemoUser(String username, String password, String name, String email, String organization,
                           String organizationName, List<Role> roles) {
        public DemoUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
