package com.byoconboard.validation;

import java.util.List;
import java.util.Optional;

/**
 * What rules need besides the inputs: the vendor's configuration, the AZ IDs of each region, and, in pre-flight
 * only, the facts read from the customer's account (empty in the wizard, where nothing can be seen yet).
 */
public record RuleContext(List<String> supportedRegions, AzCatalog azCatalog, Optional<ExistingVpcFacts> account) {

    public RuleContext {
        supportedRegions = List.copyOf(supportedRegions);
    }

    /** The wizard's context: no account facts. */
    public RuleContext(List<String> supportedRegions, AzCatalog azCatalog) {
        this(supportedRegions, azCatalog, Optional.empty());
    }

    RuleContext withAccount(ExistingVpcFacts facts) {
        return new RuleContext(supportedRegions, azCatalog, Optional.of(facts));
    }
}
