package com.byoconboard.validation;

/**
 * A rule whose errors refuse a save, not only a submit: what it catches (a value too long or a list too large to
 * store and show, characters nobody can see) is never stored. The form keeps the typed value with the rule's message;
 * {@link OnboardingValidator#refusingRuleIds} is the gate the draft's save path asks.
 */
public interface SaveRule extends Rule {
}
