package com.byoconboard.iac;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;

/**
 * Where customers' browsers reach this app, without a trailing slash: {@code byoc.iac.public-base-url} when
 * set, else the scheme, host and port the current request came to, else (a background job) this machine at the
 * port the app really listens on. A fixed default would be wrong whenever the app runs on another port or host.
 */
@Component
public class PublicBaseUrl {

    private final IacProperties properties;
    private final Environment environment;

    PublicBaseUrl(IacProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The base URL, e.g. {@code https://onboard.example.com} or {@code http://localhost:8080}. */
    public URI get() {
        if (properties.publicBaseUrl() != null) {
            return withoutTrailingSlash(properties.publicBaseUrl().toString());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return withoutTrailingSlash(ServletUriComponentsBuilder.fromContextPath(request.getRequest()).toUriString());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://localhost:" + port);
    }

    private static URI withoutTrailingSlash(String url) {
        return URI.create(url.replaceAll("/+$", ""));
    }
}
