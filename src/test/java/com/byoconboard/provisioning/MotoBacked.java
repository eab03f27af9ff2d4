package com.byoconboard.provisioning;

import com.byoconboard.identity.TestLogins;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A provisioning test against the shared moto (behind its recording, fault-injecting proxy): the app's AWS
 * clients point at the proxy, and each test runs signed in as someone who fills in and approves onboardings.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ActiveProfiles({"test", "moto"})
@Import(MotoBacked.Endpoint.class)
@ExtendWith(MotoBacked.Session.class)
@interface MotoBacked {

    /** Signs in before each test; afterwards signs out and clears the proxy's faults, delays and records. */
    final class Session implements BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            TestOnboardings.signIn();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestLogins.signOut();
            MotoFixture.proxy().reset();
        }
    }

    /** Every AWS client of the app under test goes to the proxy (only ever in a "moto" context). */
    @Configuration(proxyBeanMethods = false)
    @Profile("moto")
    class Endpoint {
        @Bean
        static DynamicPropertyRegistrar motoEndpoint() {
            return MotoFixture::register;
        }
    }
}
