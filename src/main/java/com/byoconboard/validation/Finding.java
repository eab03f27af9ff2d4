package com.byoconboard.validation;

import java.util.List;
import java.util.Optional;

/**
 * What one rule found about one field.
 *
 * @param ruleId stable ID customers and support cite, e.g. {@code NET-004}
 * @param field the input it concerns, as a path like {@code network.vpcCidr} or {@code network.existingSubnets[1].cidr}
 * @param messageKey i18n key of the explanation; {@code args} fill its placeholders
 */
public record Finding(String ruleId, String field, Severity severity, String messageKey, List<Object> args,
                      Optional<Fix> fix) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding error(String ruleId, String field, String messageKey, Object... args) {
        return new Finding(ruleId, field, Severity.ERROR, messageKey, List.of(args), Optional.empty());
    }

    public static Finding warning(String ruleId, String field, String messageKey, Object... args) {
        return new Finding(ruleId, field, Severity.WARNING, messageKey, List.of(args), Optional.empty());
    }

    public static Finding info(String ruleId, String field, String messageKey, Object... args) {
        return new Finding(ruleId, field, Severity.INFO, messageKey, List.of(args), Optional.empty());
    }

    public Finding withFix(Fix newFix) {
        return new Finding(ruleId, field, severity, messageKey, args, Optional.of(newFix));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
