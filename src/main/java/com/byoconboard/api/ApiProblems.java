package com.byoconboard.api;

import com.byoconboard.onboarding.AccountCheckRefusedException;
import com.byoconboard.onboarding.ChangeRefusedException;
import com.byoconboard.onboarding.DraftConflictException;
import com.byoconboard.onboarding.IllegalTransitionException;
import com.byoconboard.onboarding.InputsFrozenException;
import com.byoconboard.onboarding.InputsRefusedException;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.SubmissionRefusedException;
import com.byoconboard.provisioning.ChangeService;
import com.byoconboard.support.AccessGrantRequiredException;
import com.byoconboard.support.AccessRequestInvalidException;
import com.byoconboard.ui.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/**
 * The API's errors as RFC 9457 problem details: a stable {@code type} per problem, title and detail in the
 * caller's {@code Accept-Language} (the {@code api} bundle), and the rule IDs when rules refused the inputs.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    static final String TYPE_PREFIX = "urn:byoc:problem:";
    static final String PROBLEM_JSON = "application/problem+json";

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(OnboardingNotFoundException e) {
        return answer(problem(HttpStatus.NOT_FOUND, "not-found"));
    }

    /** The stored onboarding moved on since the client read it: the current ETag says which version it is now. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(DraftConflictException e) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "version-conflict", e.current().version());
        problem.setProperty("currentVersion", e.current().version());
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.ETAG, ETags.of(e.current())).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> frozen(InputsFrozenException e) {
        return answer(problem(HttpStatus.CONFLICT, "inputs-frozen", e.state()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> transition(IllegalTransitionException e) {
        return answer(problem(HttpStatus.CONFLICT, "illegal-transition", e.from(), e.to()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(SubmissionRefusedException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "submission-refused", String.join(", ", e.ruleIds()));
        problem.setProperty("ruleIds", e.ruleIds());
        return answer(problem);
    }

    /** A save beyond a limit (list size, text length, invisible characters): nothing was stored. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(InputsRefusedException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "inputs-refused", String.join(", ", e.ruleIds()));
        problem.setProperty("ruleIds", e.ruleIds());
        return answer(problem);
    }

    /** Pre-flight in the customer's account fails: the names of the failing checks (rule IDs for the guide's rules). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> accountCheck(AccountCheckRefusedException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "account-check-failed", String.join(", ", e.failingChecks()));
        problem.setProperty("failingChecks", e.failingChecks());
        return answer(problem);
    }

    /** A day-2 change that cannot be made this way (the region, the VPC CIDR, a run under way): why, and what instead. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> changeRefused(ChangeRefusedException e) {
        var status = e.reason() == ChangeRefusedException.Reason.BUSY || e.reason() == ChangeRefusedException.Reason.NOT_READY
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        var problem = problem(status, "change-refused",
                translations.getTranslation(e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setProperty("reason", e.reason().name());
        return answer(problem);
    }

    /** Pre-flight fails for proposed subnets: each failing check with what it found, as pre-flight words it. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> changePreflight(ChangeService.PreflightRefusedException e) {
        var locale = LocaleContextHolder.getLocale();
        String found = e.failures().stream().map(f -> f.check() + ": " + translations.getTranslation(f.evidence().key(),
                locale, f.evidence().argsArray())).collect(java.util.stream.Collectors.joining("; "));
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "change-preflight-failed", found);
        problem.setProperty("failingChecks", e.failingChecks());
        return answer(problem);
    }

    /** A run action the run's state does not allow (retry of a running run, tear down before any run). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> runState(IllegalStateException e) {
        return answer(problem(HttpStatus.CONFLICT, "run-state", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage()));
    }

    /** Support without the customer's grant for an action in the account: names the grant it needs. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> grantRequired(AccessGrantRequiredException e) {
        var problem = problem(HttpStatus.FORBIDDEN, "access-grant-required", e.action(), e.needed(), e.onboardingId());
        problem.setProperty("action", e.action());
        problem.setProperty("scopeNeeded", e.needed());
        return answer(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessRequest(AccessRequestInvalidException e) {
        var locale = LocaleContextHolder.getLocale();
        return answer(problem(HttpStatus.BAD_REQUEST, "access-request-invalid",
                translations.getTranslation(e.messageKey(), locale, e.args())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return answer(problem(HttpStatus.FORBIDDEN, "forbidden"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return answer(problem(e.status(), e.problem()));
    }

    private ProblemDetail problem(HttpStatus status, String name, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(status,
                translations.getTranslation("api.problem." + name + ".detail", locale, args));
        problem.setType(URI.create(TYPE_PREFIX + name));
        problem.setTitle(translations.getTranslation("api.problem." + name + ".title", locale));
        problem.setProperty("ruleIds", List.of());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
