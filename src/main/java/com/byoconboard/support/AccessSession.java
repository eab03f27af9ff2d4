package com.byoconboard.support;

import java.time.Instant;
import java.util.UUID;

/**
 * One AssumeRole support made in the customer's account under a grant.
 *
 * @param sessionName the role session name, which the customer's CloudTrail shows for every call of the session
 */
public record AccessSession(UUID grantId, String startedBy, String sessionName, Instant startedAt, Instant expiresAt) {
}
