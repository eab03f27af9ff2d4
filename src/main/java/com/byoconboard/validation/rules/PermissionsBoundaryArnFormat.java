package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** ROLE-003: an optional permissions boundary is a managed policy ARN of the onboarded account or of AWS. */
public final class PermissionsBoundaryArnFormat implements Rule {

    @Override
    public String id() {
        return "ROLE-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String raw = inputs.bootstrapRole().permissionsBoundaryArn();
        if (raw.isBlank()) {
            return List.of();
        }
        String arn = raw.strip();
        var policy = POLICY_ARN.matcher(arn);
        if (!policy.matches()) {
            String key = arn.matches("arn:aws:iam::\\d{12}:role/.+") ? "rule.ROLE-003.notPolicy" : "rule.ROLE-003.format";
            return List.of(Finding.error(id(), InputField.PERMISSIONS_BOUNDARY_ARN, key, arn).withFix(Fix.awsCli(
                    "aws iam list-policies --scope Local --query \"Policies[].Arn\" --output text")));
        }
        var account = AccountIds.normalise(inputs.account().accountId());
        if (!policy.group(1).equals("aws") && account.isPresent() && !policy.group(1).equals(account.get())) {
            return List.of(Finding.error(id(), InputField.PERMISSIONS_BOUNDARY_ARN, "rule.ROLE-003.otherAccount",
                    policy.group(1), account.get()));
        }
        if (!arn.equals(raw)) {
            return List.of(Finding.error(id(), InputField.PERMISSIONS_BOUNDARY_ARN, "rule.ROLE-003.whitespace", arn)
                    .withFix(Fix.correctedValue(arn)));
        }
        return List.of();
    }

    private static final Pattern POLICY_ARN =
            Pattern.compile("arn:aws:iam::(\\d{12}|aws):policy/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,128}");
}
