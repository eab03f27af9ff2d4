package com.byoconboard.identity;

/** The app would start with a sign-in anyone could use; {@code property} is what to set instead. */
final class UnsafeSignInException extends IllegalStateException {

    private final String property;
    private final String problem;

    UnsafeSignInException(String property, String problem) {
        super(problem + " Set " + property + ".");
        this.property = property;
        this.problem = problem;
    }

    String property() {
        return property;
    }

    String problem() {
        return problem;
    }
}
