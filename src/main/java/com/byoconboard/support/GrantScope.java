package com.byoconboard.support;

/** What support may do in the customer's account under a grant: read only (the default), or read and write. */
public enum GrantScope {
    READ_ONLY, READ_WRITE;

    /** Whether a grant of this scope covers an action that needs {@code needed}. */
    public boolean covers(GrantScope needed) {
        return switch (this) {
            case READ_ONLY -> needed == READ_ONLY;
            case READ_WRITE -> true;
        };
    }
}
