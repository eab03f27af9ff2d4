package com.byoconboard.validation;

/**
 * A rule of the guide that also judges what the customer's account holds: pre-flight runs it over
 * {@link ExistingVpcFacts} (see {@link OnboardingValidator#checkAgainstAccount}), with the same ID, messages and fixes.
 */
public interface AccountRule extends Rule {
}
