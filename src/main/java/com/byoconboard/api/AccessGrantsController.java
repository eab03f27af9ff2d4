package com.byoconboard.api;

import com.byoconboard.api.Resources.AccessGrantResource;
import com.byoconboard.api.Resources.AccessSessionResource;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.support.AccessGrant;
import com.byoconboard.support.AccessGrants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Support's access to an onboarding's account as its customer controls it: the grants, decisions and sessions. */
@RestController
@RequestMapping("/api/v1/onboardings/{id}")
@Tag(name = "Access grants")
class AccessGrantsController {

    private final AccessGrants grants;
    private final ApiCaller caller;

    AccessGrantsController(AccessGrants grants, ApiCaller caller) {
        this.grants = grants;
        this.caller = caller;
    }

    @GetMapping("/access-grants")
    @Operation(summary = "Support's access grants", description = "Every grant support requested, newest first, with "
            + "its state now (an approved grant past its end is EXPIRED).")
    List<AccessGrantResource> list(@PathVariable UUID id) {
        return list(grants, caller.onboarding(id).id());
    }

    @PostMapping("/access-grants/{grantId}/{decision:approve|refuse|revoke}")
    @Operation(summary = "Decide on a grant", description = "approve or refuse a REQUESTED grant (the time runs from "
            + "the approval); revoke an APPROVED one at any time (no new session starts). The onboarding's customers only.")
    AccessGrantResource decide(@PathVariable UUID id, @PathVariable UUID grantId, @PathVariable String decision) {
        var onboarding = caller.onboarding(id).id();
        AccessGrant decided = switch (decision) {
            case "approve" -> grants.approve(onboarding, grantId);
            case "refuse" -> grants.refuse(onboarding, grantId);
            default -> grants.revoke(onboarding, grantId);
        };
        return AccessGrantResource.of(decided, grants.stateNow(decided));
    }

    @GetMapping("/access-sessions")
    @Operation(summary = "Support's sessions", description = "Every session (AssumeRole) support started in the "
            + "account under a grant, newest first, with the session name CloudTrail shows.")
    List<AccessSessionResource> sessions(@PathVariable UUID id) {
        return grants.sessions(caller.onboarding(id).id()).stream().map(AccessSessionResource::of).toList();
    }

    static List<AccessGrantResource> list(AccessGrants grants, OnboardingId id) {
        return grants.list(id).stream().map(g -> AccessGrantResource.of(g, grants.stateNow(g))).toList();
    }
}
