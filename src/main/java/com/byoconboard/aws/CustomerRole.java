package com.byoconboard.aws;

import java.util.Objects;

/**
 * The cross-account role the vendor assumes in a customer's account, with the per-onboarding ExternalId
 * (confused-deputy protection) and a session name that identifies the onboarding in the customer's CloudTrail.
 */
public record CustomerRole(String roleArn, String externalId, String sessionName) {

    public CustomerRole {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(sessionName, "sessionName");
    }

    /** Session names allow {@code [\w+=,.@-]}, 2 to 64 characters. */
    public static String sessionNameFor(String onboardingId) {
        String name = ("byoc-" + onboardingId).replaceAll("[^\\w+=,.@-]", "-");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** The 12-digit account of the role ARN ({@code arn:aws:iam::123456789012:role/x}), or empty. */
    public String accountId() {
        String[] parts = roleArn.split(":");
        return parts.length > 4 ? parts[4] : "";
    }
}
