package com.byoconboard.iac.web;

import com.byoconboard.iac.IacGenerator;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.iac.IacTemplate;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Serves an onboarding's CloudFormation templates at the URL the quick-create link names. AWS CloudFormation
 * fetches it without any sign-in, so the onboarding is looked up by its unguessable ID alone; the templates hold
 * nothing secret (the ExternalId is not a secret).
 */
@RestController
class TemplateController {

    static final MediaType YAML = new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8);

    private final OnboardingService onboardings;
    private final IacGenerator generator;

    TemplateController(OnboardingService onboardings, IacGenerator generator) {
        this.onboardings = onboardings;
        this.generator = generator;
    }

    @GetMapping("/iac/{onboardingId}/{fileName:[a-z-]+\\.yaml}")
    ResponseEntity<String> template(@PathVariable String onboardingId, @PathVariable String fileName) {
        return answer(onboardingId, IacTemplate.fromFileName(fileName), "template-download", (onboarding, template) ->
                generator.cloudFormation(onboarding, template).map(yaml -> ResponseEntity.ok().contentType(YAML).body(yaml)));
    }

    /**
     * The wizard's "Launch in CloudFormation": publishes the template as it is now and sends the browser on to
     * the console. Signed-in only (the security chain permits just the {@code .yaml} above); publishing here, on
     * the click, and not whenever the page redraws the link, uploads a template only when someone launches it.
     */
    @GetMapping("/iac/{onboardingId}/quick-create/{slug:[a-z-]+}")
    ResponseEntity<String> quickCreate(@PathVariable String onboardingId, @PathVariable String slug) {
        return answer(onboardingId, IacTemplate.fromFileName(slug + ".yaml"), "quick-create", (onboarding, template) ->
                generator.quickCreateUrl(onboarding, template).map(url -> ResponseEntity.status(HttpStatus.FOUND)
                        .location(url).<String>build()));
    }

    private ResponseEntity<String> answer(String onboardingId, Optional<IacTemplate> template, String purpose,
                                          BiFunction<Onboarding, IacTemplate, Optional<ResponseEntity<String>>> body) {
        var id = OnboardingId.parse(onboardingId);
        if (id.isEmpty() || template.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            var onboarding = SystemActor.call(purpose, () -> onboardings.getForVendor(id.get()));
            return body.apply(onboarding, template.get()).orElseGet(() -> ResponseEntity.notFound().build());
        } catch (OnboardingNotFoundException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
