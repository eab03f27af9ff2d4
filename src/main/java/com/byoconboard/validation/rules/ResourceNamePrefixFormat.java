package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ROLE-005: the resource name prefix starts every name the vendor creates (S3 bucket, IAM roles, EKS cluster), and
 * the role's policy is scoped to it: lowercase letters, digits and hyphens (S3), at most {@value #LONGEST}
 * characters so that the longest controller role name stays within IAM's 64.
 */
public final class ResourceNamePrefixFormat implements Rule {

    static final int LONGEST = 28;
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]{1," + (LONGEST - 2) + "}[a-z0-9]");

    @Override
    public String id() {
        return "ROLE-005";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String prefix = inputs.bootstrapRole().resourceNamePrefix();
        if (PREFIX.matcher(prefix).matches() && !prefix.contains("--")) {
            return List.of();
        }
        if (prefix.length() > LONGEST) {
            return List.of(Finding.error(id(), InputField.RESOURCE_NAME_PREFIX, "rule.ROLE-005.tooLong", prefix.length(),
                    LONGEST).withFix(Fix.correctedValue(prefix.substring(0, LONGEST).replaceAll("-+$", ""))));
        }
        String suggestion = prefix.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[^a-z]+|-+$", "");
        var finding = Finding.error(id(), InputField.RESOURCE_NAME_PREFIX, "rule.ROLE-005.format", prefix);
        return List.of(PREFIX.matcher(suggestion).matches() ? finding.withFix(Fix.correctedValue(suggestion)) : finding);
    }
}
