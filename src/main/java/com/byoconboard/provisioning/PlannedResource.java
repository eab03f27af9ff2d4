package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceType;
import java.util.Map;

/**
 * One thing a run will create or change, shown on the Review step before anything happens.
 *
 * @param logicalName unique within the onboarding; the journal's key, and the {@code byoc:resource} tag
 * @param name        the name it gets in AWS (or what it is, for a tag change)
 * @param detail      e.g. a CIDR, an AZ ID, a trust principal; may be empty
 */
public record PlannedResource(StepKind step, ResourceType type, String logicalName, String name, String detail,
                              Map<String, String> tags) {

    public PlannedResource {
        tags = Map.copyOf(tags);
    }
}
