package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** ROLE-001: the bootstrap role ARN is an IAM role ARN of the commercial AWS partition. */
public final class RoleArnFormat implements Rule {

    @Override
    public String id() {
        return "ROLE-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String raw = inputs.bootstrapRole().roleArn();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-001.required").withFix(Fix.awsCli(LOOKUP)));
        }
        if (ROLE_ARN.matcher(raw).matches()) {
            return List.of();
        }
        String arn = raw.strip();
        if (ROLE_ARN.matcher(arn).matches()) {
            return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-001.whitespace", arn)
                    .withFix(Fix.correctedValue(arn)));
        }
        var assumed = ASSUMED_ROLE.matcher(arn);
        if (assumed.matches()) {
            String roleArn = "arn:aws:iam::" + assumed.group(1) + ":role/" + assumed.group(2);
            return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-001.assumedRole", roleArn)
                    .withFix(Fix.correctedValue(roleArn)));
        }
        var partition = OTHER_PARTITION.matcher(arn);
        if (partition.matches()) {
            return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-001.partition", partition.group(1)));
        }
        var other = OTHER_IAM.matcher(arn);
        if (other.matches()) {
            return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-001.notRole", other.group(1))
                    .withFix(Fix.awsCli(LOOKUP)));
        }
        return List.of(Finding.error(id(), InputField.ROLE_ARN, "rule.ROLE-001.format", arn).withFix(Fix.awsCli(LOOKUP)));
    }

    /** The role ARN pattern; group 1 is the account, group 2 the role's path and name. */
    static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/((?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64})");
    private static final Pattern ASSUMED_ROLE = Pattern.compile("arn:aws:sts::(\\d{12}):assumed-role/([\\w+=,.@-]{1,64})/.+");
    private static final Pattern OTHER_PARTITION = Pattern.compile("arn:(aws-[a-z-]+):iam::\\d{12}:role/.+");
    private static final Pattern OTHER_IAM = Pattern.compile("arn:aws:iam::\\d{12}:(user|group|policy|instance-profile)/.+");
    private static final String LOOKUP =
            "aws iam get-role --role-name ClickHouseManagementRole --query Role.Arn --output text";
}
