package com.byoconboard.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OIDC issuer the default configuration ships: Spring Authorization Server inside this app, with the
 * seeded users of {@code byoc.identity.local-issuer.users}. Its endpoints get their own chain before the
 * app's (otherwise the app's chain would send them to sign-in), and the app's client registration names its
 * URLs directly: an issuer lookup would ask this very app before it listens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("byoc.identity.local-issuer.enabled")
class LocalIssuer {

    @Bean
    @Order(1)
    SecurityFilterChain issuerEndpoints(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated());
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The issuer's own password form ({@link LocalSignInPage}), where the seeded users sign in. */
    @Bean
    @Order(2)
    SecurityFilterChain issuerLogin(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http);
        http.securityMatcher("/login");
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        http.formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    UserDetailsService demoUsers(IdentityProperties properties) {
        // The issuer only checks passwords; organization and roles travel as ID-token claims, not authorities.
        return new InMemoryUserDetailsManager(properties.localIssuer().users().stream()
                .map(u -> User.withUsername(u.username()).password("{noop}" + u.password()).authorities("demo-user").build())
                .toList());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    RegisteredClientRepository localClients(IdentityProperties properties, Environment environment) {
        return new LocalClients(properties, environment);
    }

    @Bean
    ClientRegistrationRepository localClientRegistration(IdentityProperties properties, Environment environment) {
        return new LocalClientRegistration(properties, environment);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoUserClaims(IdentityProperties properties) {
        Map<String, IdentityProperties.DemoUser> users = properties.localIssuer().users().stream()
                .collect(Collectors.toMap(IdentityProperties.DemoUser::username, Function.identity()));
        Map<String, IdentityProperties.ApiClient> apiClients = properties.localIssuer().apiClients().stream()
                .collect(Collectors.toMap(IdentityProperties.ApiClient::clientId, Function.identity()));
        return context -> {
            // A machine client's access token carries what a person's ID token does, so the API checks it alike.
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                var client = apiClients.get(context.getRegisteredClient().getClientId());
                if (client != null) {
                    context.getClaims().claims(claims -> tenantClaims(claims, properties, client.roles(),
                            client.organization(), client.organizationName()));
                }
                return;
            }
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            var user = users.get(context.getPrincipal().getName());
            if (user == null) {
                return;
            }
            context.getClaims().claims(claims -> {
                claims.put("name", user.name());
                claims.put("preferred_username", user.username());
                claims.put("email", user.email());
                tenantClaims(claims, properties, user.roles(), user.organization(), user.organizationName());
            });
        };
    }

    private static void tenantClaims(Map<String, Object> claims, IdentityProperties properties, List<Role> roles,
                                     String organization, String organizationName) {
        claims.put(properties.rolesClaim(), roles.stream().map(Role::name).toList());
        if (organization != null && !organization.isBlank()) {
            claims.put(properties.organizationClaim(), organization);
            claims.put(properties.organizationNameClaim(), Objects.requireNonNullElse(organizationName, ""));
        }
    }

    /** The port is only known once the server listens (random in tests), so both sides are built on first use. */
    private static String port(Environment environment) {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    /**
     * The issuer's clients: this app (redirect URIs follow the port the app got) and the configured machine
     * clients of the API.
     */
    private record LocalClients(IdentityProperties properties, Environment environment)
            implements RegisteredClientRepository {

        /** Nothing to keep: the client is rebuilt from configuration on every lookup (the server re-saves it when it re-encodes the secret). */
        @Override
        public void save(RegisteredClient registeredClient) {
            // configuration is the only source of this client
        }

        @Override
        public RegisteredClient findById(String id) {
            return findByClientId(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            var issuer = properties.localIssuer();
            if (!issuer.clientId().equals(clientId)) {
                return issuer.apiClients().stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                        .map(LocalClients::apiClient).orElse(null);
            }
            String path = "/login/oauth2/code/" + properties.registrationId();
            List<String> redirects = new ArrayList<>(issuer.redirectUris());
            redirects.add("http://localhost:" + port(environment) + path);
            redirects.add("http://127.0.0.1:" + port(environment) + path);
            return RegisteredClient.withId(issuer.clientId())
                    .clientId(issuer.clientId())
                    .clientSecret("{noop}" + issuer.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(redirects))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        private static RegisteredClient apiClient(IdentityProperties.ApiClient client) {
            return RegisteredClient.withId(client.clientId())
                    .clientId(client.clientId())
                    .clientSecret("{noop}" + client.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(scopes -> scopes.addAll(client.scopes()))
                    .build();
        }
    }

    /** This app's client registration for the local issuer. */
    private record LocalClientRegistration(IdentityProperties properties, Environment environment)
            implements ClientRegistrationRepository, Iterable<ClientRegistration> {

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            return properties.registrationId().equals(registrationId) ? registration() : null;
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            return List.of(registration()).iterator();
        }

        private ClientRegistration registration() {
            // Back-channel calls go to this app directly; the browser is sent to a relative URL so that it
            // stays on whichever host name it used (and keeps its session cookie).
            String self = "http://localhost:" + port(environment);
            var issuer = properties.localIssuer();
            return ClientRegistration.withRegistrationId(properties.registrationId())
                    .clientName("BYOC Onboard")
                    .clientId(issuer.clientId())
                    .clientSecret(issuer.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                    .authorizationUri("/oauth2/authorize")
                    .tokenUri(self + "/oauth2/token")
                    .jwkSetUri(self + "/oauth2/jwks")
                    .userNameAttributeName("sub")
                    .build();
        }
    }
}
