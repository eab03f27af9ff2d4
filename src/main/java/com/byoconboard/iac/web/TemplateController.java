package com.byoconboard.iac.web;

import com.byoconboard.iac.IacGenerator;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.iac.IacTemplate;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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
        var id = OnboardingId.parse(onboardingId);
        var template = IacTemplate.fromFileName(fileName);
        if (id.isEmpty() || template.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            var onboarding = SystemActor.call("template-download", () -> onboardings.getForVendor(id.get()));
            return generator.cloudFormation(onboarding, template.get())
                    .map(yaml -> ResponseEntity.ok().contentType(YAML).body(yaml))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (OnboardingNotFoundException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
