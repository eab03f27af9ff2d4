package com.byoconboard.deployment;

/**
 * The resources that carry the public endpoint's IP allow-list, by logical name (the journal's key and our tag):
 * one security group, and an inbound rule per allow-list entry and client port ({@link Peering#CLIENT_PORTS}: the
 * same over the public endpoint as over the private one).
 */
public final class PublicAccess {

    /** Our security group that admits the allow-list; the controller attaches it to the public load balancer. */
    public static final String SECURITY_GROUP = "sg-public-endpoint";

    private PublicAccess() {
    }

    public static String rule(String entry, int port) {
        return "sgr-public-" + cidr(entry) + "-" + port;
    }

    /** An allow-list entry as a CIDR block: a single address is a /32 (IPv4) or /128 (IPv6) block. */
    public static String cidr(String entry) {
        String e = entry.strip();
        return e.contains("/") ? e : e + (e.contains(":") ? "/128" : "/32");
    }

    public static boolean ipv6(String entry) {
        return entry.contains(":");
    }
}
