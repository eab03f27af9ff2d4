package com.byoconboard.support;

import java.time.Instant;
import java.util.Optional;

/**
 * One support task of one onboarding.
 *
 * @param updatedBy who last changed it (support, or the customer who asked for it), empty while it is untouched
 */
public record SupportTask(SupportTaskKind kind, SupportTaskState state, Optional<String> updatedBy,
                          Optional<Instant> updatedAt) {
}
