package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceType;
import com.byoconboard.deployment.StepKind;
import com.byoconboard.validation.Fix;

import java.util.Optional;

/** One difference between what the journal says a run made and what is in the customer's account. */
public sealed interface DriftFinding {

    ResourceType type();

    String resourceId();

    /** The planned resource it is (e.g. {@code private-use1-az1}), or what its tag names for an extra one. */
    String logicalName();

    /**
     * Recorded, but no longer in the account.
     *
     * @param step       the step that makes it again
     * @param repairable whether Repair makes it anew: it is ours (not the customer's own VPC, subnet or role)
     */
    record Missing(ResourceType type, String resourceId, String logicalName, StepKind step, boolean repairable)
            implements DriftFinding {
    }

    /**
     * In the account, but not as recorded: {@code what} says how (a key of the provisioning bundle with its
     * arguments), {@code fix} how to put it back.
     */
    record Changed(ResourceType type, String resourceId, String logicalName, Message what, Optional<Fix> fix)
            implements DriftFinding {
    }

    /** Carries the onboarding's tag, but the journal has no live resource with this ID: not ours to delete blindly. */
    record Extra(ResourceType type, String resourceId, String logicalName) implements DriftFinding {
    }
}
