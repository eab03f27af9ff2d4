package com.byoconboard.onboarding;

/**
 * Someone else (another tab, another person) saved the draft after this writer last read it. Carries the
 * newer state so the writer can show it and offer to apply their own value again.
 */
public class DraftConflictException extends RuntimeException {

    private final transient Onboarding current;

    public DraftConflictException(Onboarding current) {
        super("Onboarding " + current.id() + " was changed elsewhere (now version " + current.version() + ")");
        this.current = current;
    }

    public Onboarding current() {
        return current;
    }
}
