/**
 * The REST API ({@code /api/v1}): onboardings, their artifacts, provisioning runs as long-running operations,
 * and support actions, for machine clients with bearer tokens. One module of its own rather than controllers in
 * each feature: what is REST-only (problem details, ETags, Idempotency-Key, operations, the OpenAPI contract)
 * is written once here, and every call goes to the same services as the UI, which check the caller themselves.
 * Nothing in it is used by other modules.
 */
package com.byoconboard.api;
