package com.byoconboard.validation;

import java.util.List;

/** What rules need besides the inputs: the vendor's configuration. */
public record RuleContext(List<String> supportedRegions) {

    public RuleContext {
        supportedRegions = List.copyOf(supportedRegions);
    }
}
