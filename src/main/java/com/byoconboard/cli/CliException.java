package com.byoconboard.cli;

/** A command that cannot go on: the message (already in the user's language) goes to stderr, the exit code to the shell. */
final class CliException extends RuntimeException {

    final Exit exit;

    CliException(Exit exit, String message) {
        super(message);
        this.exit = exit;
    }
}
