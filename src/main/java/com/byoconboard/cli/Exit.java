package com.byoconboard.cli;

/** The exit codes a pipeline can branch on; {@code byoc --help} lists them with their meaning. */
enum Exit {
    OK(0),
    /** The file or the inputs break rules (apply), or submit was refused for them. */
    INVALID(1),
    /** The command line itself is wrong (picocli's own code for it). */
    USAGE(2),
    /** Not signed in, the token expired, or the token does not allow the call. */
    NOT_SIGNED_IN(3),
    NOT_FOUND(4),
    /** The onboarding's state or version does not allow the change now. */
    CONFLICT(5),
    /** The run that was watched or asked for ended FAILED or CANCELLED. */
    RUN_FAILED(6),
    /** The app could not be reached or answered with a server error. */
    UNREACHABLE(7),
    /** {@code run watch} gave up waiting. */
    TIMEOUT(8);

    final int code;

    Exit(int code) {
        this.code = code;
    }
}
