package com.byoconboard.api;

import com.byoconboard.api.Resources.QuickCreateResource;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacTemplate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What the customer's platform team deploys: the CloudFormation templates, the Terraform zip, the quick-create link. */
@RestController
@RequestMapping("/api/v1/onboardings/{id}/artifacts")
@Tag(name = "Artifacts")
class ArtifactsController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final ApiCaller caller;
    private final IacGenerator generator;

    ArtifactsController(ApiCaller caller, IacGenerator generator) {
        this.caller = caller;
        this.generator = generator;
    }

    @GetMapping(value = "/cloudformation/{template}", produces = "application/yaml")
    @Operation(summary = "A CloudFormation template", description = "template: bootstrap-role or customer-vpc")
    ResponseEntity<String> cloudFormation(@PathVariable UUID id, @PathVariable String template) {
        var onboarding = caller.onboarding(id);
        return generator.cloudFormation(onboarding, template(template))
                .map(yaml -> ResponseEntity.ok().contentType(YAML).body(yaml))
                .orElseThrow(ArtifactsController::unavailable);
    }

    @GetMapping(value = "/terraform.zip", produces = "application/zip")
    @Operation(summary = "Everything for the platform team", description = "Both templates, the Terraform modules, a "
            + "root that creates the bootstrap role, and a README: the wizard's Download .zip.")
    ResponseEntity<byte[]> terraform(@PathVariable UUID id) {
        var onboarding = caller.onboarding(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("byoc-onboarding-" + onboarding.id() + ".zip").build().toString())
                .body(generator.zip(onboarding));
    }

    @GetMapping("/quick-create/{template}")
    @Operation(summary = "The quick-create link", description = "Publishes the template as it is now and answers "
            + "the AWS console link that creates the stack with every parameter filled in.")
    QuickCreateResource quickCreate(@PathVariable UUID id, @PathVariable String template) {
        var onboarding = caller.onboarding(id);
        return generator.quickCreateUrl(onboarding, template(template))
                .map(url -> new QuickCreateResource(url.toString()))
                .orElseThrow(ArtifactsController::unavailable);
    }

    private static IacTemplate template(String slug) {
        return IacTemplate.fromFileName(slug + ".yaml")
                .orElseThrow(() -> new IllegalArgumentException("no template " + slug));
    }

    private static ApiException unavailable() {
        return new ApiException(HttpStatus.CONFLICT, "artifact-unavailable");
    }
}
