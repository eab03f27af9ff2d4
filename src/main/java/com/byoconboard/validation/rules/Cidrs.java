package com.byoconboard.validation.rules;

import com.byoconboard.deployment.NetworkPlan;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

import java.util.List;
import java.util.Optional;

/**
 * CIDR parsing and range facts, all through the IPAddress library: parsing is strict (dotted quads or IPv6
 * text, no masks, wildcards, ranges or octal-looking leading zeros), so what we accept is what AWS accepts.
 */
final class Cidrs {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowMask(false).allowPrefixOnly(false)
            .allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE).allow_inet_aton(false)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowPrefixesBeyondAddressSize(false)
            .getParentBuilder()
            .getIPv6AddressParametersBuilder().allowPrefixesBeyondAddressSize(false).allowZone(false)
            .getParentBuilder()
            .toParams();

    private static final List<IPAddress> RFC_1918 = blocks("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
    private static final IPAddress RFC_6598 = strict("100.64.0.0/10");
    /** Private and shared ranges of both IP versions (loopback and link-local are {@link ReservedRange}s). */
    private static final List<IPAddress> NOT_PUBLIC = blocks("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "100.64.0.0/10", "fc00::/7");

    private Cidrs() {
    }

    /** The address or network as typed (host bits kept), if it is a well-formed IPv4 or IPv6 text. */
    static Optional<IPAddress> parse(String text) {
        return Optional.ofNullable(new IPAddressString(text.strip(), STRICT).getAddress());
    }

    /** The network a text names: {@code 10.0.0.5/16} names {@code 10.0.0.0/16}; an address without a prefix names itself. */
    static Optional<IPAddress> network(String text) {
        return parse(text).map(Cidrs::asBlock);
    }

    /** The IPv4 network a CIDR text names, only when it carries a prefix length. */
    static Optional<IPAddress> ipv4Network(String text) {
        return parse(text).filter(a -> a.isIPv4() && a.getNetworkPrefixLength() != null).map(IPAddress::toPrefixBlock);
    }

    static IPAddress asBlock(IPAddress address) {
        Integer prefix = address.getNetworkPrefixLength();
        return address.toPrefixBlock(prefix == null ? address.getBitCount() : prefix);
    }

    /** The canonical text of the network a CIDR names, e.g. {@code 10.0.0.0/16} for {@code 10.0.0.5/16}. */
    static Optional<String> normalise(String text) {
        return network(text).map(IPAddress::toCanonicalString);
    }

    /** Whether the text has host bits set beyond its prefix, e.g. {@code 10.0.0.5/16}. */
    static boolean hasHostBits(IPAddress typed) {
        return typed.getNetworkPrefixLength() != null && !typed.isPrefixBlock();
    }


    /** A network typed in an earlier row of a list, and that row's index. */
    record Earlier(int index, IPAddress network) {
    }

    /** The first row before {@code row} whose text names an IPv4 network overlapping {@code network}; rows that do not parse are skipped. */
    static Optional<Earlier> firstOverlapBefore(List<String> cidrs, int row, IPAddress network) {
        for (int i = 0; i < row; i++) {
            var earlier = ipv4Network(cidrs.get(i));
            if (earlier.isPresent() && NetworkPlan.overlap(earlier.get(), network)) {
                return Optional.of(new Earlier(i, earlier.get()));
            }
        }
        return Optional.empty();
    }

    static boolean isRfc1918(IPAddress network) {
        return RFC_1918.stream().anyMatch(r -> r.contains(network));
    }

    static boolean isRfc6598(IPAddress network) {
        return RFC_6598.contains(network);
    }

    /** Whether the whole network lies in ranges that never appear as a public source address. */
    static boolean isNonPublic(IPAddress network) {
        return NOT_PUBLIC.stream().anyMatch(r -> r.getIPVersion() == network.getIPVersion() && r.contains(network));
    }

    private static List<IPAddress> blocks(String... cidrs) {
        return java.util.Arrays.stream(cidrs).map(Cidrs::strict).toList();
    }

    private static IPAddress strict(String cidr) {
        return parse(cidr).orElseThrow();
    }
}
