package com.byoconboard.validation.rules;

import inet.ipaddr.IPAddress;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Ranges set aside for uses other than addressing hosts of a network (RFC 6890 and its registry): no VPC, subnet,
 * peered network or client of the public endpoint has these addresses, so each is named as what it is, never "public".
 */
enum ReservedRange {
    THIS_NETWORK("thisNetwork", "0.0.0.0/8", "::/128"),
    LOOPBACK("loopback", "127.0.0.0/8", "::1/128"),
    LINK_LOCAL("linkLocal", "169.254.0.0/16", "fe80::/10"),
    MULTICAST("multicast", "224.0.0.0/4", "ff00::/8"),
    /** Reserved for future use since 1989, with the limited broadcast address 255.255.255.255 at its end. */
    FUTURE_USE("futureUse", "240.0.0.0/4");

    /** A network that lies in a reserved range, and the range's block of the network's IP version. */
    record Match(ReservedRange range, IPAddress block) {
    }

    private final String variant;
    private final List<IPAddress> blocks;

    ReservedRange(String variant, String... blocks) {
        this.variant = variant;
        this.blocks = Arrays.stream(blocks).map(b -> Cidrs.parse(b).orElseThrow()).toList();
    }

    /** The message variant, e.g. {@code multicast}. */
    String variant() {
        return variant;
    }

    /** The reserved range the whole network lies in, if any. */
    static Optional<Match> containing(IPAddress network) {
        for (ReservedRange range : values()) {
            for (IPAddress block : range.blocks) {
                if (block.getIPVersion() == network.getIPVersion() && block.contains(network)) {
                    return Optional.of(new Match(range, block));
                }
            }
        }
        return Optional.empty();
    }
}
