/**
 * The command line client ({@code byoc}): onboarding as code from a terminal or a pipeline. An
 * {@code onboarding.yaml} holds the wizard's inputs with the API's field names ({@code OnboardingInputs}), and
 * every command is HTTP calls to {@code /api/v1} with a client-credentials token, so the CLI can do exactly what
 * the API allows and nothing else. It runs from the app's own jar with its own main ({@link ByocCli}), without
 * starting Spring. Nothing in it is used by other modules.
 */
package com.byoconboard.cli;
