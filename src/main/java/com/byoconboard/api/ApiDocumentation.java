package com.byoconboard.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI 3.1 document's frame (springdoc fills in the operations from the controllers): title, the
 * client-credentials security scheme, and a relative server, so that the document is the same on every host
 * and port and can be compared with the committed {@code docs/openapi.yaml}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SECURITY = "clientCredentials";

    @Bean
    OpenAPI byocOpenApi() {
        var flow = new OAuthFlow().tokenUrl("/oauth2/token").scopes(new Scopes()
                .addString("read", "Read onboardings, artifacts and operations")
                .addString("write", "Create and change onboardings, act on runs")
                .addString("support", "Support actions: approve, reject, request changes, tasks, audit log"));
        return new OpenAPI()
                .info(new Info().title("BYOC Onboard API").version("v1").description("""
                        Onboarding as code: the wizard's onboardings, their templates, and provisioning runs as \
                        long-running operations. Tokens: POST /oauth2/token with the client-credentials grant. \
                        Errors are RFC 9457 problem details; rule IDs are in `ruleIds`."""))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(SECURITY, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2).flows(new OAuthFlows().clientCredentials(flow))))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY, List.of("read", "write")));
    }
}
