package com.byoconboard.provisioning;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A day-2 change of a ready onboarding: its kind, where it is, the inputs proposed, the kind's part before and
 * after (as the list and the audit log show it), who proposed it, who decided, and support's comment.
 *
 * @param generation the provisioning run generation that applies it, once it is applying
 */
public record ChangeRequest(UUID id, OnboardingId onboardingId, OrganizationId organizationId, ChangeKind kind,
                            ChangeState state, OnboardingInputs proposed, String before, String after,
                            String proposedBy, Instant proposedAt, Optional<String> decidedBy, String comment,
                            Optional<Integer> generation, Instant updatedAt) {

    /** Whether support must approve it before it is applied, and has not decided yet. */
    public boolean awaitsReview() {
        return state == ChangeState.PROPOSED && kind.review() == ChangeKind.Review.SUPPORT;
    }
}
