package com.byoconboard.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into Boot's "APPLICATION FAILED TO START" report naming the property to set. */
class UnsafeSignInFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSignInException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSignInException cause) {
        return new FailureAnalysis(cause.problem(), "Set " + cause.property() + " (see the README, \"Sign-in\"),"
                + " or run the sandbox profile for a demo with the built-in issuer.", cause);
    }
}
