package com.byoconboard.validation.rules;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;

import java.util.List;
import java.util.Optional;

/** The 12-digit AWS account ID check shared by the customer's account and peered accounts. */
final class AccountIds {

    private AccountIds() {
    }

    /** The account ID as 12 digits once spaces and dashes of a console copy are removed, if it is one. */
    static Optional<String> normalise(String raw) {
        String digits = raw.replaceAll("[\\s-]", "");
        return digits.matches("\\d{12}") ? Optional.of(digits) : Optional.empty();
    }

    /** Findings under keys {@code rule.<ruleId>.required|separators|format}. */
    static List<Finding> check(String ruleId, String field, String raw) {
        String key = "rule." + ruleId + ".";
        if (raw.isBlank()) {
            return List.of(Finding.error(ruleId, field, key + "required"));
        }
        if (raw.matches("\\d{12}")) {
            return List.of();
        }
        return normalise(raw)
                .map(digits -> List.of(Finding.error(ruleId, field, key + "separators", digits)
                        .withFix(Fix.correctedValue(digits))))
                .orElseGet(() -> List.of(Finding.error(ruleId, field, key + "format",
                        raw.replaceAll("[\\s-]", "").length())));
    }
}
