package com.byoconboard.validation.rules;

import com.byoconboard.validation.AzCatalog;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;

import java.util.List;
import java.util.Optional;

/** Whether a typed AZ ID is one, and one of the chosen region, shared by new-VPC AZs and existing subnets. */
final class AzIds {

    private static final String AZ_NAME = "[a-z]{2}(-gov)?-[a-z]+-\\d+[a-z]";
    private static final String AZ_ID = "[a-z]+\\d+-az\\d+";

    private AzIds() {
    }

    /**
     * A finding under {@code rule.<ruleId>.azName|format|otherRegion|unknown}, or none when the AZ ID is fine or
     * the catalog does not know the region (then only its shape is checked).
     */
    static Optional<Finding> check(String ruleId, String field, String azId, String region, AzCatalog catalog) {
        String key = "rule." + ruleId + ".";
        String az = azId.strip();
        if (az.matches(AZ_NAME)) {
            return Optional.of(Finding.error(ruleId, field, key + "azName", az).withFix(Fix.awsCli(
                    "aws ec2 describe-availability-zones --region " + az.substring(0, az.length() - 1)
                            + " --zone-names " + az + " --query \"AvailabilityZones[0].ZoneId\" --output text")));
        }
        if (!az.matches(AZ_ID)) {
            return Optional.of(Finding.error(ruleId, field, key + "format", az));
        }
        if (!catalog.knows(region) || catalog.azIds(region).contains(az)) {
            return Optional.empty();
        }
        return catalog.regionOf(az)
                .map(other -> Finding.error(ruleId, field, key + "otherRegion", az, other, region))
                .or(() -> Optional.of(Finding.error(ruleId, field, key + "unknown", az, region,
                        String.join(", ", catalog.azIds(region)))));
    }
}
