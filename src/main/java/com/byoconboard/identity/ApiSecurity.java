package com.byoconboard.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.List;

/**
 * The REST API's own chain, before every other: stateless bearer tokens (JWT of the same issuer as sign-in),
 * no session, no CSRF, no redirect to a login page. Scopes gate the kind of call (read, write, support); the
 * services behind it check the token's organization and roles exactly as they check a signed-in person's.
 * The Prometheus endpoint is in this chain too, for a token with the {@code metrics} scope only (a scraper's
 * client-credentials token): the metrics name customers' runs and AWS calls.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** Where the API lives; the OpenAPI document and Swagger UI describing it are public. */
    static final String API = "/api/v1/**";
    private static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**"};
    static final String METRICS = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(HttpSecurity http, IdentityProperties properties) throws Exception {
        http.securityMatcher(concat(API, concat(METRICS, DOCS)));
        http.authorizeHttpRequests(a -> a
                .requestMatchers(DOCS).permitAll()
                .requestMatchers(METRICS).hasAuthority("SCOPE_metrics")
                .requestMatchers("/api/v1/support/**").hasAuthority("SCOPE_support")
                .requestMatchers(HttpMethod.GET, API).hasAuthority("SCOPE_read")
                .anyRequest().hasAuthority("SCOPE_write"));
        http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(token -> authentication(token, properties))));
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(c -> c.disable());
        return http.build();
    }

    /** The token's scopes as SCOPE_ authorities, and its roles as a person's login would have them. */
    private static AbstractAuthenticationToken authentication(Jwt token, IdentityProperties properties) {
        List<GrantedAuthority> authorities = new ArrayList<>(new JwtGrantedAuthoritiesConverter().convert(token));
        authorities.addAll(RoleClaims.authorities(token.getClaims(), properties));
        return new JwtAuthenticationToken(token, authorities);
    }

    private static String[] concat(String first, String[] rest) {
        var all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
