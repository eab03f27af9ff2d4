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
        return allowedName("byoc-" + onboardingId);
    }

    /** {@code support-<user>}: a support user's session under the customer's grant, so CloudTrail shows who. */
    public static String supportSessionFor(String user) {
        return allowedName("support-" + user);
    }

    private static String allowedName(String name) {
        String allowed = name.replaceAll("[^\\w+=,.@-]", "-");
        return allowed.length() > 64 ? allowed.substring(0, 64) : allowed;
    }

    /** The 12-digit account of the role ARN ({@code arn:aws:iam::123456789012:role/x}), or empty. */
    public String accountId() {
        String[] parts = roleArn.split(":");
        return parts.length > 4 ? parts[4] : "";
    }
}
