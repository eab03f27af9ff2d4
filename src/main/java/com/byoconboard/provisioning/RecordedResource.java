package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.deployment.ResourceType;
import java.time.Instant;

/** A resource the journal says a run created (or tagged); {@code deletedAt} is set once tear down removed it. */
public record RecordedResource(long seq, StepKind step, String logicalName, ResourceType type, String resourceId,
                               String parentId, Instant createdAt, Instant deletedAt) {
}
