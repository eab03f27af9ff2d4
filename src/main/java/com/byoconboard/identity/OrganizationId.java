package com.byoconboard.identity;

import java.util.Objects;

/** The tenant every onboarding belongs to; a customer only ever sees rows of their own organization. */
public record OrganizationId(String value) {

    public OrganizationId {
        Objects.requireNonNull(value, "organization id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("organization id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
