package com.byoconboard.iac.model;

import java.util.List;
import java.util.Optional;

/**
 * An inline policy of the bootstrap role. A policy with a {@code switchedBy} flag exists only when the customer
 * leaves that flag on, so a least-privilege choice removes whole policies instead of editing statements.
 *
 * @param key short snake_case name for Terraform resource names and CloudFormation logical IDs
 */
public record Policy(String name, String key, Optional<Parameter> switchedBy, List<Statement> statements) {

    public Policy {
        statements = List.copyOf(statements);
    }
}
