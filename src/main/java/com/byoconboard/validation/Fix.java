package com.byoconboard.validation;

/**
 * A concrete way out of a finding: a corrected value to apply, or a command or snippet to run.
 *
 * @param kind what {@code text} is
 * @param text the value, command or snippet, shown verbatim
 */
public record Fix(Kind kind, String text) {

    /** What a fix's text is, so the UI can offer "apply" for values and "copy" for commands. */
    public enum Kind { CORRECTED_VALUE, AWS_CLI, TERRAFORM, CLOUDFORMATION }

    public static Fix correctedValue(String value) {
        return new Fix(Kind.CORRECTED_VALUE, value);
    }

    public static Fix awsCli(String command) {
        return new Fix(Kind.AWS_CLI, command);
    }
}
