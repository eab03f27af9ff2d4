package com.byoconboard.provisioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where one onboarding's offboarding stands: who asked and when, the last look through the bootstrap role for
 * anything still tagged with the onboarding, the last "Verify offboarding", and when it passed.
 *
 * @param remaining     what the last look found still tagged, one "TYPE id" each
 * @param roleAssumable whether the last verification could still assume the bootstrap role; empty before one
 */
public record OffboardingStatus(String requestedBy, Instant requestedAt, Optional<Instant> sweptAt,
                                List<String> remaining, Optional<String> checkedBy, Optional<Instant> checkedAt,
                                Optional<Boolean> roleAssumable, Optional<Instant> completedAt) {

    public OffboardingStatus {
        remaining = List.copyOf(remaining);
    }

    /** Verified: the onboarding is OFFBOARDED. */
    public boolean completed() {
        return completedAt.isPresent();
    }

    /**
     * Why the last verification did not pass, each a key of the provisioning bundle with its arguments; empty when
     * it passed or none was made yet.
     */
    public List<Message> problems() {
        if (checkedAt.isEmpty()) {
            return List.of();
        }
        var problems = new ArrayList<Message>();
        if (roleAssumable.orElse(true)) {
            problems.add(Message.of("provisioning.offboarding.problem.role"));
        }
        if (sweptAt.isEmpty()) {
            problems.add(Message.of("provisioning.offboarding.problem.notSwept"));
        } else if (!remaining.isEmpty()) {
            problems.add(Message.of("provisioning.offboarding.problem.remaining", remaining.size(),
                    String.join(", ", remaining)));
        }
        return List.copyOf(problems);
    }

    /** The verification passes: the role can no longer be assumed and the last look found nothing tagged. */
    boolean passes() {
        return roleAssumable.filter(assumable -> !assumable).isPresent() && sweptAt.isPresent() && remaining.isEmpty();
    }
}
