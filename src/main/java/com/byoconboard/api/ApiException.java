package com.byoconboard.api;

import org.springframework.http.HttpStatus;

/** A refusal that only the API makes (a missing If-Match, a reused Idempotency-Key); its text is {@code api.problem.<problem>}. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String problem;

    ApiException(HttpStatus status, String problem) {
        super(problem);
        this.status = status;
        this.problem = problem;
    }

    HttpStatus status() {
        return status;
    }

    String problem() {
        return problem;
    }
}
