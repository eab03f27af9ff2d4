package com.byoconboard.onboarding;

import java.util.Objects;
import java.util.UUID;

/** Identifies one onboarding (draft and, later, the deployment it turns into); it appears in every wizard URL. */
public record OnboardingId(UUID value) {

    public OnboardingId {
        Objects.requireNonNull(value, "onboarding id");
    }

    public static OnboardingId random() {
        return new OnboardingId(UUID.randomUUID());
    }

    /** Parses a URL segment; empty when it is not a UUID, so that a mistyped link gives "not found", not an error. */
    public static java.util.Optional<OnboardingId> parse(String text) {
        try {
            return java.util.Optional.of(new OnboardingId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
