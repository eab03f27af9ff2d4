package com.byoconboard.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The response headers every filter chain of the app sends: the app's pages and the built-in issuer's. */
final class SecurityHeaders {

    /**
     * Vaadin Flow's pre-built bundle needs inline and eval'd scripts and inline styles; everything else is
     * this origin only (push's websocket included: 'self' covers ws: and wss: to the same host).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'self'");

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        // Links to the AWS console leave with the origin only, never an onboarding's URL (its ID is the template's key).
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }
}
