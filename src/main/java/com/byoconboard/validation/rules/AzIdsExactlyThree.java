package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** AZ-001: a new VPC spans exactly three distinct availability zones, chosen by AZ ID. */
public final class AzIdsExactlyThree implements Rule {

    @Override
    public String id() {
        return "AZ-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.network().mode() != VpcMode.NEW_VPC) {
            return List.of();
        }
        List<String> chosen = inputs.network().azIds().stream().map(String::strip).toList();
        if (chosen.isEmpty()) {
            String region = inputs.region().isBlank() ? "<region>" : inputs.region();
            return List.of(Finding.error(id(), InputField.AZ_IDS, "rule.AZ-001.none").withFix(Fix.awsCli(
                    "aws ec2 describe-availability-zones --region " + region
                            + " --query \"AvailabilityZones[].[ZoneName,ZoneId]\" --output text")));
        }
        List<Finding> findings = new ArrayList<>();
        var seen = new HashSet<String>();
        chosen.stream().filter(az -> !seen.add(az)).distinct()
                .forEach(az -> findings.add(Finding.error(id(), InputField.AZ_IDS, "rule.AZ-001.duplicate", az)));
        if (seen.size() != REQUIRED) {
            findings.add(Finding.error(id(), InputField.AZ_IDS, "rule.AZ-001.count", seen.size()));
        }
        return findings;
    }

    static final int REQUIRED = 3;
}
