package com.byoconboard.validation.rules;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;

import java.util.List;
import java.util.Optional;

/** The 12-digit AWS account ID check shared by the customer's account and peered accounts. */
final class AccountIds {

    /** Twelve zeros is no account AWS issues: it stands in for "any" or "unknown" in samples and emulators. */
    static final String RESERVED = "000000000000";

    private AccountIds() {
    }

    /** The account ID as 12 digits once spaces and dashes of a console copy are removed, if it is one. */
    static Optional<String> normalise(String raw) {
        String digits = raw.replaceAll("[\\s-]", "");
        return digits.matches("\\d{12}") ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Findings under keys {@code rule.<ruleId>.required|separators|nonDigits|format|reserved}: a character that is no
     * digit is named (an invisible one by its code point), a wrong number of digits is counted.
     */
    static List<Finding> check(String ruleId, String field, String raw) {
        String key = "rule." + ruleId + ".";
        if (raw.isBlank()) {
            return List.of(Finding.error(ruleId, field, key + "required"));
        }
        if (raw.matches("\\d{12}")) {
            return raw.equals(RESERVED) ? List.of(Finding.error(ruleId, field, key + "reserved")) : List.of();
        }
        var normalised = normalise(raw);
        if (normalised.isPresent()) {
            return List.of(Finding.error(ruleId, field, key + "separators", normalised.get())
                    .withFix(Fix.correctedValue(normalised.get())));
        }
        String stripped = raw.strip();
        if (stripped.codePoints().anyMatch(AccountIds::notDigitOrSeparator)) {
            return List.of(Finding.error(ruleId, field, key + "nonDigits",
                    CodePoints.named(stripped, AccountIds::notDigitOrSeparator),
                    CodePoints.firstPosition(stripped, AccountIds::notDigitOrSeparator).orElseThrow()));
        }
        return List.of(Finding.error(ruleId, field, key + "format", raw.replaceAll("[\\s-]", "").length()));
    }

    /** ASCII digits only: {@code Character.isDigit} would let full-width and Arabic-Indic digits through. */
    private static boolean notDigitOrSeparator(int c) {
        return !(c >= '0' && c <= '9') && c != '-' && !Character.isWhitespace(c);
    }
}
