package com.byoconboard.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global context holder at the strategy of the test's own application context before
 * each test. Vaadin installs a strategy with its own thread-local per context and makes it the global one; with
 * several cached test contexts in one JVM the last one started would otherwise win, and an older context's
 * filters and views would look at different thread-locals (so a signed-in browser seemed anonymous).
 */
public class OwnSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
