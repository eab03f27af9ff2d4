package com.byoconboard.validation.rules;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** EC2 resource IDs ({@code vpc-…}, {@code subnet-…}): the kind's prefix, then 8 or 17 lowercase hex digits. */
final class ResourceIds {

    private static final Pattern ANY_ID = Pattern.compile("([a-z]+)-[0-9a-f]+");

    private ResourceIds() {
    }

    static boolean valid(String kind, String id) {
        return id.matches(kind + "-([0-9a-f]{8}|[0-9a-f]{17})");
    }

    /**
     * Findings under keys {@code rule.<ruleId>.required|corrected|otherKind|format}; {@code corrected} offers the
     * ID without surrounding spaces or upper case, {@code otherKind} names what was pasted instead.
     */
    static List<Finding> check(String ruleId, String field, String kind, String raw) {
        String key = "rule." + ruleId + ".";
        if (raw.isBlank()) {
            return List.of(Finding.error(ruleId, field, key + "required"));
        }
        if (valid(kind, raw)) {
            return List.of();
        }
        String cleaned = raw.strip().toLowerCase(Locale.ROOT);
        if (valid(kind, cleaned)) {
            return List.of(Finding.error(ruleId, field, key + "corrected", cleaned).withFix(Fix.correctedValue(cleaned)));
        }
        var other = ANY_ID.matcher(cleaned);
        if (other.matches() && !other.group(1).equals(kind)) {
            return List.of(Finding.error(ruleId, field, key + "otherKind", other.group(1), raw.strip()));
        }
        return List.of(Finding.error(ruleId, field, key + "format", raw.strip()));
    }
}
