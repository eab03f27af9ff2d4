package com.byoconboard.wizard;

import com.byoconboard.onboarding.InputField;

import java.util.Arrays;
import java.util.Optional;

/** The wizard's steps in order; each has its own URL segment and owns the inputs under its field prefix. */
enum WizardStep {
    ACCOUNT("account", InputField.ACCOUNT),
    REGION("region", InputField.REGION),
    BOOTSTRAP_ROLE("bootstrap-role", InputField.BOOTSTRAP),
    NETWORK("network", InputField.NETWORK),
    PRIVATE_CONNECTIVITY("private-connectivity", InputField.CONNECTIVITY),
    MAINTENANCE_WINDOW("maintenance-window", InputField.MAINTENANCE),
    REVIEW("review", null);

    private final String slug;
    private final String fieldPrefix;

    WizardStep(String slug, String fieldPrefix) {
        this.slug = slug;
        this.fieldPrefix = fieldPrefix;
    }

    String slug() {
        return slug;
    }

    /** Whether the field path belongs to this step (the review step owns none). */
    boolean owns(String fieldPath) {
        return fieldPrefix != null && fieldPath.startsWith(fieldPrefix);
    }

    String titleKey() {
        return "wizard.step." + slug;
    }

    Optional<WizardStep> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    Optional<WizardStep> next() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    static Optional<WizardStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    static WizardStep owning(String fieldPath) {
        return Arrays.stream(values()).filter(s -> s.owns(fieldPath)).findFirst().orElse(REVIEW);
    }
}
