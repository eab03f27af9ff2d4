package com.byoconboard.validation.rules;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import inet.ipaddr.IPAddress;

import java.util.List;

/** The syntax of one IPv4 CIDR field (VPC, subnet, peer): shared so that every CIDR field answers alike. */
final class CidrText {

    private CidrText() {
    }

    /**
     * Findings under {@code rule.<ruleId>.required|invalid|ipv6|noPrefix|hostBits|whitespace}; {@code hostBits} offers the
     * network the text names ("did you mean 10.0.0.0/16?").
     */
    static List<Finding> check(String ruleId, String field, String raw) {
        String key = "rule." + ruleId + ".";
        if (raw.isBlank()) {
            return List.of(Finding.error(ruleId, field, key + "required"));
        }
        String text = raw.strip();
        var parsed = Cidrs.parse(text);
        if (parsed.isEmpty()) {
            return List.of(Finding.error(ruleId, field, key + "invalid", text));
        }
        IPAddress typed = parsed.get();
        if (!typed.isIPv4()) {
            return List.of(Finding.error(ruleId, field, key + "ipv6", text));
        }
        if (typed.getNetworkPrefixLength() == null) {
            return List.of(Finding.error(ruleId, field, key + "noPrefix", text));
        }
        String network = typed.toPrefixBlock().toCanonicalString();
        if (Cidrs.hasHostBits(typed)) {
            return List.of(Finding.error(ruleId, field, key + "hostBits", text, network)
                    .withFix(Fix.correctedValue(network)));
        }
        if (!text.equals(raw)) {
            return List.of(Finding.error(ruleId, field, key + "whitespace", text).withFix(Fix.correctedValue(text)));
        }
        return List.of();
    }
}
