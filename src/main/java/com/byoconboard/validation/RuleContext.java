package com.byoconboard.validation;

import java.util.List;

/** What rules need besides the inputs: the vendor's configuration and the AZ IDs of each region. */
public record RuleContext(List<String> supportedRegions, AzCatalog azCatalog) {

    public RuleContext {
        supportedRegions = List.copyOf(supportedRegions);
    }
}
