package com.byoconboard.api;

import com.byoconboard.api.Resources.FindingResource;
import com.byoconboard.api.Resources.FixResource;
import com.byoconboard.api.Resources.OnboardingResource;
import com.byoconboard.api.Resources.ValidationResource;
import com.byoconboard.identity.CurrentOrganization;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.ui.Translations;
import com.byoconboard.validation.OnboardingValidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Onboardings: the wizard's inputs as a resource, with the wizard's rules, versions and life cycle. */
@RestController
@RequestMapping("/api/v1/onboardings")
@Tag(name = "Onboardings")
class OnboardingsController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String JSON = "application/json";

    private final OnboardingService onboardings;
    private final OnboardingValidator validator;
    private final CurrentOrganization organization;
    private final ApiCaller caller;
    private final Idempotency idempotency;
    private final Translations translations;
    private final JsonMapper json;

    OnboardingsController(OnboardingService onboardings, OnboardingValidator validator, CurrentOrganization organization,
                          ApiCaller caller, Idempotency idempotency, Translations translations, JsonMapper json) {
        this.onboardings = onboardings;
        this.validator = validator;
        this.organization = organization;
        this.caller = caller;
        this.idempotency = idempotency;
        this.translations = translations;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Create a draft", description = "Starts a draft of the caller's organization, with the given "
            + "inputs or the guide's defaults. A repeat with the same Idempotency-Key answers the first draft again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = JSON, examples = @ExampleObject(name = "new VPC", value = ApiExamples.INPUTS))),
            responses = @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = OnboardingResource.class),
                            examples = @ExampleObject(value = ApiExamples.ONBOARDING))))
    ResponseEntity<?> create(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                             @RequestBody(required = false) OnboardingInputs inputs) {
        return idempotency.once(caller.id(), key, "POST /api/v1/onboardings " + json.writeValueAsString(inputs), () -> {
            var draft = onboardings.create(organization.id(), inputs == null ? OnboardingInputs.initial() : inputs);
            return ResponseEntity.created(URI.create("/api/v1/onboardings/" + draft.id()))
                    .eTag(ETags.of(draft)).body(OnboardingResource.of(draft));
        });
    }

    @GetMapping
    @Operation(summary = "List onboardings", description = "The caller's organization's onboardings (support: every "
            + "organization's), most recently changed first.")
    List<OnboardingResource> list(@RequestParam(required = false) OnboardingState state) {
        return caller.onboardings().stream().filter(o -> state == null || o.state() == state)
                .map(OnboardingResource::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an onboarding", description = "The ETag is the version to send in If-Match.",
            responses = @ApiResponse(responseCode = "200", description = "The onboarding",
                    content = @Content(mediaType = JSON, examples = @ExampleObject(value = ApiExamples.ONBOARDING))))
    ResponseEntity<OnboardingResource> get(@PathVariable UUID id) {
        return answer(caller.onboarding(id));
    }

    @PutMapping("/{id}/inputs")
    @Operation(summary = "Replace the inputs", description = "Saves the inputs as the wizard saves a keystroke: only "
            + "at the version If-Match names (412 with the current ETag otherwise), only while DRAFT or CHANGES_REQUESTED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = JSON, examples = @ExampleObject(name = "new VPC", value = ApiExamples.INPUTS))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Saved; the new ETag is the new version",
                            content = @Content(mediaType = JSON, examples = @ExampleObject(value = ApiExamples.ONBOARDING))),
                    @ApiResponse(responseCode = "412", description = "Changed since the client read it",
                            content = @Content(mediaType = ApiProblems.PROBLEM_JSON,
                                    examples = @ExampleObject(value = ApiExamples.VERSION_CONFLICT)))})
    ResponseEntity<OnboardingResource> updateInputs(@PathVariable UUID id, @RequestBody OnboardingInputs inputs,
                                                    @Parameter(description = "The ETag last read", required = true)
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var current = caller.onboarding(id);
        return answer(onboardings.editDraft(organization.id(), current.id(), requiredVersion(ifMatch), in -> inputs));
    }

    @GetMapping("/{id}/validation")
    @Operation(summary = "Validate", description = "Every rule of the guide over the stored inputs, as the wizard "
            + "shows them: rule ID, severity, message in the Accept-Language, and a fix where one exists.",
            responses = @ApiResponse(responseCode = "200", description = "The findings",
                    content = @Content(mediaType = JSON, examples = @ExampleObject(value = ApiExamples.VALIDATION))))
    ValidationResource validate(@PathVariable UUID id) {
        var report = validator.validate(caller.onboarding(id).inputs());
        var locale = LocaleContextHolder.getLocale();
        return new ValidationResource(!report.hasErrors(), report.findings().stream()
                .map(f -> new FindingResource(f.ruleId(), f.field(), f.severity(),
                        translations.getTranslation(f.messageKey(), locale, f.args().toArray()),
                        f.fix().map(FixResource::of).orElse(null)))
                .toList());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit for review", description = "Freezes the inputs for support's review; refused (422, "
            + "with the rule IDs) while any rule reports an error. If-Match is optional here.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Submitted",
                            content = @Content(mediaType = JSON, examples = @ExampleObject(value = ApiExamples.ONBOARDING))),
                    @ApiResponse(responseCode = "422", description = "Rules still fail",
                            content = @Content(mediaType = ApiProblems.PROBLEM_JSON,
                                    examples = @ExampleObject(value = ApiExamples.SUBMISSION_REFUSED)))})
    ResponseEntity<OnboardingResource> submit(@PathVariable UUID id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var current = caller.onboarding(id);
        long version = ETags.version(ifMatch).orElse(current.version());
        return answer(onboardings.submit(organization.id(), current.id(), version));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft", description = "Only a draft never submitted, at the version If-Match names.")
    ResponseEntity<Void> delete(@PathVariable UUID id,
                                @Parameter(description = "The ETag last read", required = true)
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var current = caller.onboarding(id);
        onboardings.deleteDraft(organization.id(), current.id(), requiredVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static long requiredVersion(String ifMatch) {
        return ETags.version(ifMatch).orElseThrow(() -> new ApiException(HttpStatus.PRECONDITION_REQUIRED,
                "precondition-required"));
    }

    private static ResponseEntity<OnboardingResource> answer(Onboarding onboarding) {
        return ResponseEntity.ok().eTag(ETags.of(onboarding)).body(OnboardingResource.of(onboarding));
    }
}
