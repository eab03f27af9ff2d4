package com.byoconboard.iac.model;

import java.util.Map;

/** What the vendor fixes in every template: whose account may assume the role, the role's name and tags. */
public record Vendor(String accountId, String roleName, Map<String, String> tags) {

    public Vendor {
        tags = Map.copyOf(tags);
    }
}
