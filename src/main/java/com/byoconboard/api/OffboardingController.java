package com.byoconboard.api;

import com.byoconboard.api.Resources.OffboardingResource;
import com.byoconboard.provisioning.OffboardingService;
import com.byoconboard.provisioning.OffboardingStatus;
import com.byoconboard.ui.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Offboarding through the same service as the provisioning page: start, status, verify, report. */
@RestController
@RequestMapping("/api/v1/onboardings/{id}/offboarding")
@Tag(name = "Offboarding")
class OffboardingController {

    private final OffboardingService offboarding;
    private final ApiCaller caller;
    private final Translations translations;

    OffboardingController(OffboardingService offboarding, ApiCaller caller, Translations translations) {
        this.offboarding = offboarding;
        this.caller = caller;
        this.translations = translations;
    }

    @PostMapping
    @Operation(summary = "Offboard", description = "As the onboarding's customer: tears down everything the run created "
            + "(follow it on the run); then delete the bootstrap role's stack or module and verify. Needs a READY, "
            + "FAILED or TORN_DOWN onboarding with no run under way, not offboarded yet; else 409 (run-state).")
    ResponseEntity<OffboardingResource> start(@PathVariable UUID id) {
        var onboardingId = caller.onboarding(id).id();
        offboarding.start(onboardingId);
        return ResponseEntity.accepted().body(resource(offboarding.status(onboardingId).orElseThrow()));
    }

    @GetMapping
    @Operation(summary = "Where offboarding stands", description = "404 (offboarding-not-found) until it was asked for.")
    OffboardingResource status(@PathVariable UUID id) {
        return resource(offboarding.status(caller.onboarding(id).id())
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "offboarding-not-found")));
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify offboarding", description = "Passes when the bootstrap role can no longer be assumed "
            + "and nothing tagged with the onboarding remains; the onboarding is then OFFBOARDED. Otherwise the "
            + "problems say what is left. 409 (run-state) before the tear down has finished.")
    OffboardingResource verify(@PathVariable UUID id) {
        return resource(offboarding.verify(caller.onboarding(id).id()));
    }

    @GetMapping(value = "/report", produces = "text/markdown")
    @Operation(summary = "The offboarding report", description = "What was deleted, when and for whom, as Markdown in "
            + "the Accept-Language; 409 (run-state) until offboarding is verified.")
    ResponseEntity<String> report(@PathVariable UUID id) {
        var locale = LocaleContextHolder.getLocale();
        var report = offboarding.report(caller.onboarding(id).id());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.fileName() + "\"")
                .body(report.markdown((key, args) -> translations.getTranslation(key, locale, args)));
    }

    private OffboardingResource resource(OffboardingStatus s) {
        var locale = LocaleContextHolder.getLocale();
        return new OffboardingResource(s.requestedBy(), s.requestedAt(), s.sweptAt().orElse(null), s.remaining(),
                s.checkedBy().orElse(null), s.checkedAt().orElse(null), s.roleAssumable().orElse(null),
                s.completedAt().orElse(null), s.completed(), s.problems().stream()
                .map(m -> translations.getTranslation(m.key(), locale, m.argsArray())).toList());
    }
}
