package com.byoconboard.onboarding;

import java.util.List;

/** A save was refused because the inputs break a limit; nothing was stored, and the caller keeps what was typed. */
public class InputsRefusedException extends RuntimeException {

    private final List<String> ruleIds;

    public InputsRefusedException(List<String> ruleIds) {
        super("Inputs refused, not saved: " + String.join(", ", ruleIds));
        this.ruleIds = List.copyOf(ruleIds);
    }

    public List<String> ruleIds() {
        return ruleIds;
    }
}
