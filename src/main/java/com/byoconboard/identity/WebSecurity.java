package com.byoconboard.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.web.SecurityFilterChain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The application's own filter chain: Vaadin's (CSRF, headers, session, view access by annotations) with
 * OIDC login; ordered after the local issuer's chains, which only match the issuer's own endpoints.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain applicationSecurity(HttpSecurity http, IdentityProperties properties) throws Exception {
        SecurityHeaders.apply(http);
        // Health for probes, info (name and version; the JVM is not in it); the app's own static stylesheet and
        // icons (Vaadin permits only its own resources); the generated CloudFormation templates, which AWS
        // fetches by the onboarding's unguessable ID, unsigned. The quick-create launch (publishes the template,
        // then redirects to AWS) is for signed-in users; Vaadin would refuse it as a request that is none of its
        // routes.
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                "/styles/**", "/icons/**", "/lumo/**", "/iac/*/*.yaml").permitAll()
                .requestMatchers("/iac/*/quick-create/*").authenticated());
        // Vaadin denies any other address outright (an empty 403); a signed-in person's mistyped address goes to the
        // router instead, which answers with our not-found page. Views stay guarded by their own annotations.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/oauth2/authorization/" + properties.registrationId(), "{baseUrl}")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** Turns the roles claim of the login into ROLE_ authorities ({@link RoleClaims}). */
    @Bean
    GrantedAuthoritiesMapper roleClaims(IdentityProperties properties) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            Map<String, Object> claims = new HashMap<>();
            authorities.stream().filter(OAuth2UserAuthority.class::isInstance)
                    .forEach(a -> claims.putAll(((OAuth2UserAuthority) a).getAttributes()));
            mapped.addAll(RoleClaims.authorities(claims, properties));
            return mapped;
        };
    }
}
