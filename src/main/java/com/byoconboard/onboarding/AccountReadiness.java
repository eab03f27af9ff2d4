package com.byoconboard.onboarding;

import java.util.List;

/**
 * The account side of the gate on submit: pre-flight in the customer's AWS account (role, permissions, quotas,
 * AZ IDs, an existing VPC), run again when they submit. Implemented by the provisioning module, so that this
 * module does not depend on AWS.
 */
public interface AccountReadiness {

    /** Names of the pre-flight checks that fail for this onboarding now; empty when it may be submitted. */
    List<String> failingChecks(Onboarding onboarding);
}
