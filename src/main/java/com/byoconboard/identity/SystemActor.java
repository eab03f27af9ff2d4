package com.byoconboard.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs work as the system rather than as a person: background jobs (provisioning, notifications) have no
 * signed-in user, yet vendor-side service calls check for one. The audit log records {@code system:<purpose>}.
 */
public final class SystemActor {

    private SystemActor() {
    }

    /** Calls {@code work} as {@code system:<purpose>}, restoring whatever security context was there before. */
    public static <T> T call(String purpose, Supplier<T> work) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new Authentication(purpose));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public static void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }

    /** The authentication the system acts under; it grants no role a person could have. */
    static final class Authentication extends AbstractAuthenticationToken {

        private final Actor actor;

        Authentication(String purpose) {
            super(AuthorityUtils.createAuthorityList("ROLE_SYSTEM"));
            this.actor = new Actor("system:" + purpose, "System (" + purpose + ")", "", Optional.empty(), Set.of(), true);
            setAuthenticated(true);
        }

        Actor actor() {
            return actor;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return actor.id();
        }
    }
}
