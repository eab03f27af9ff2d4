package com.byoconboard.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One support task of one onboarding.
 *
 * @param updatedBy who last changed it, empty while it is untouched
 * @param peerCidrs for the inbound rule: the CIDRs to allow
 */
public record SupportTask(SupportTaskKind kind, SupportTaskState state, Optional<String> updatedBy,
                          Optional<Instant> updatedAt, List<String> peerCidrs) {
}
