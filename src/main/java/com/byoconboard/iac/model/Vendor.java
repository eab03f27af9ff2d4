package com.byoconboard.iac.model;

import java.util.Map;

/**
 * What the vendor fixes in every template: whose account may assume the role, the role's name and tags, and the
 * default prefix of the resources the controller creates.
 */
public record Vendor(String accountId, String roleName, Map<String, String> tags, String resourceNamePrefix) {

    public Vendor {
        tags = Map.copyOf(tags);
    }
}
