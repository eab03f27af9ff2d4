package com.byoconboard.iac;

import java.util.List;

/** The customer-managed VPC templates, or why they cannot be drawn from the inputs yet. */
public sealed interface VpcArtifacts {

    /** CIDR and AZ IDs are usable: here are both formats. */
    record Ready(Artifacts artifacts) implements VpcArtifacts {
    }

    /** The reason, as a key of the iac message bundle with its arguments. */
    record Unavailable(String messageKey, List<Object> arguments) implements VpcArtifacts {
        public Unavailable {
            arguments = List.copyOf(arguments);
        }
    }
}
