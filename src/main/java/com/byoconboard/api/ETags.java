package com.byoconboard.api;

import com.byoconboard.onboarding.Onboarding;

import java.util.OptionalLong;

/** An onboarding's ETag is its optimistic-locking version, the same number the wizard saves with. */
final class ETags {

    private ETags() {
    }

    static String of(Onboarding onboarding) {
        return "\"" + onboarding.version() + "\"";
    }

    /** The version an {@code If-Match} names; empty when it names none we could have issued. */
    static OptionalLong version(String ifMatch) {
        if (ifMatch == null) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.startsWith("\"") && tag.endsWith("\"") && tag.length() >= 2 ? tag.substring(1, tag.length() - 1) : tag;
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
