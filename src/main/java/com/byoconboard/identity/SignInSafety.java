package com.byoconboard.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the sandbox with a sign-in anyone could use. The built-in issuer's demo users have
 * published passwords: elsewhere it runs only when enabled on purpose (said in the log), with a secret of its
 * own; otherwise a real OIDC provider must be configured. A bean factory post-processor, so that it runs before
 * any bean is built and a missing provider is reported as such, not as a missing ClientRegistrationRepository.
 */
@Component
class SignInSafety implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger LOG = LoggerFactory.getLogger(SignInSafety.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.matchesProfiles("sandbox")) {
            return;
        }
        var identity = Binder.get(environment).bindOrCreate("byoc.identity", IdentityProperties.class);
        var issuer = identity.localIssuer();
        if (issuer.enabled()) {
            if (IdentityProperties.LocalIssuer.SANDBOX_SECRET.equals(issuer.clientSecret())) {
                throw new UnsafeSignInException("byoc.identity.local-issuer.client-secret",
                        "The built-in issuer is enabled outside the sandbox with the published default client secret.");
            }
            LOG.warn("The built-in OIDC issuer with the demo users (published passwords, an admin among them) is enabled"
                    + " outside the sandbox by byoc.identity.local-issuer.enabled=true: anyone who reads the README can"
                    + " sign in. Configure your own OIDC provider for real use.");
            return;
        }
        String registration = "spring.security.oauth2.client.registration." + identity.registrationId();
        if (!environment.containsProperty(registration + ".client-id")) {
            throw new UnsafeSignInException(registration + ".client-id, " + registration + ".client-secret and "
                    + "spring.security.oauth2.client.provider." + identity.registrationId() + ".issuer-uri",
                    "No identity provider is configured: the built-in issuer with its demo users runs only in the sandbox.");
        }
    }
}
