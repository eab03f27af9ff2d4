package com.byoconboard.validation;

import java.util.List;

/** All findings for one set of inputs, with the views the wizard needs (per field, per step, blocking). */
public record ValidationReport(List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> forField(String field) {
        return findings.stream().filter(f -> f.field().equals(field)).toList();
    }

    /** Findings whose field path starts with {@code prefix} (a step's fields share one, e.g. {@code network.}). */
    public List<Finding> underPrefix(String prefix) {
        return findings.stream().filter(f -> f.field().startsWith(prefix)).toList();
    }
}
