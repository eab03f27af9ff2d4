package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.RuleContext;
import com.byoconboard.validation.SaveRule;

import java.util.List;

/**
 * LIM-002: every text input has a length limit (an e-mail address 254 characters as RFC 5321 allows, the organization
 * name 100, an ARN 2048 as IAM allows, everything else 100), refused on save: a 100 kB value is not stored, not
 * printed in the support queue, and the form keeps it for the customer to shorten.
 */
public final class TextLengthLimits implements SaveRule {

    @Override
    public String id() {
        return "LIM-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return TextInputs.of(inputs).stream()
                .filter(t -> t.value().codePointCount(0, t.value().length()) > t.maxLength())
                .map(t -> Finding.error(id(), t.field(), "rule.LIM-002." + variant(t.field()),
                        t.value().codePointCount(0, t.value().length()), t.maxLength()))
                .toList();
    }

    private static String variant(String field) {
        return switch (field) {
            case InputField.ADMIN_EMAIL -> "email";
            case InputField.ORGANIZATION_NAME -> "organizationName";
            default -> "tooLong";
        };
    }
}
