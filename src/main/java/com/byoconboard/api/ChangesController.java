package com.byoconboard.api;

import com.byoconboard.api.Resources.ChangeBody;
import com.byoconboard.api.Resources.ChangeResource;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.provisioning.ChangeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Day-2 changes of a ready onboarding: the customer proposes, everyone concerned follows them. */
@RestController
@Tag(name = "Changes")
class ChangesController {

    private final ApiCaller caller;
    private final ChangeService changes;
    ChangesController(ApiCaller caller, ChangeService changes) {
        this.caller = caller;
        this.changes = changes;
    }

    @PostMapping("/api/v1/onboardings/{id}/changes")
    @Operation(summary = "Propose a change after READY", description = "Changes one kind of setting of a READY "
            + "onboarding: the IP allow-list, the maintenance window, or (existing VPC) its subnets; peers change "
            + "through the provisioning page's peering flow. Checked by the wizard's rules (422 submission-refused with "
            + "the rule IDs) and, for subnets, by pre-flight in the account (422 account-check-failed). Applied at once "
            + "by a run of only the steps concerned, or left PROPOSED where support reviews the kind (subnets). The "
            + "region and the VPC CIDR cannot change: 422 change-refused says why and what to do instead.")
    ResponseEntity<ChangeResource> proposeChange(@PathVariable UUID id, @RequestBody ChangeBody body) {
        // Support reads the onboarding, but only its customers propose (the service refuses anyone else).
        var onboarding = caller.onboarding(id);
        var request = changes.propose(onboarding.organizationId(), onboarding.id(), edit(body));
        return ResponseEntity.created(URI.create("/api/v1/onboardings/" + id + "/changes/" + request.id()))
                .body(ChangeResource.of(request));
    }

    @GetMapping("/api/v1/onboardings/{id}/changes")
    @Operation(summary = "The change requests", description = "Every day-2 change request of the onboarding, newest "
            + "first, with its state: PROPOSED, APPROVED, APPLYING, APPLIED, FAILED, REFUSED or WITHDRAWN.")
    List<ChangeResource> listChanges(@PathVariable UUID id) {
        return changes.list(caller.onboarding(id).id()).stream().map(ChangeResource::of).toList();
    }

    @GetMapping("/api/v1/onboardings/{id}/changes/{changeId}")
    @Operation(summary = "One change request")
    ChangeResource getChange(@PathVariable UUID id, @PathVariable UUID changeId) {
        return ChangeResource.of(changes.get(caller.onboarding(id).id(), changeId));
    }

    /** Every field given replaces its setting; region and vpcCidr too, so that the service refuses them by name. */
    private static UnaryOperator<OnboardingInputs> edit(ChangeBody body) {
        return in -> {
            var out = in;
            if (body.allowList() != null) {
                out = out.withConnectivity(c -> c.withAllowList(body.allowList()));
            }
            if (body.maintenanceWindow() != null) {
                out = out.withMaintenance(m -> body.maintenanceWindow());
            }
            if (body.existingSubnets() != null) {
                out = out.withNetwork(n -> n.withExistingSubnets(body.existingSubnets()));
            }
            if (body.region() != null) {
                out = out.withRegion(body.region());
            }
            if (body.vpcCidr() != null) {
                out = out.withNetwork(n -> n.mode() == OnboardingInputs.VpcMode.NEW_VPC ? n.withVpcCidr(body.vpcCidr())
                        : n.withExistingVpcCidr(body.vpcCidr()));
            }
            return out;
        };
    }
}
