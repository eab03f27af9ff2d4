package com.byoconboard.validation.rules;

import com.byoconboard.deployment.NetworkPlan;

import com.byoconboard.validation.Fix;
import com.byoconboard.validation.ValidInputs;
import inet.ipaddr.IPAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the CIDR handling that every rule about networks relies on. */
class CidrPropertiesTest {

    @Property
    void overlapIsSymmetric(@ForAll("networks") IPAddress a, @ForAll("networks") IPAddress b) {
        assertThat(NetworkPlan.overlap(a, b)).isEqualTo(NetworkPlan.overlap(b, a));
    }

    @Property
    void twoNetworksOverlapExactlyWhenOneContainsTheOther(@ForAll("networks") IPAddress a, @ForAll("networks") IPAddress b) {
        assertThat(NetworkPlan.overlap(a, b)).isEqualTo(a.contains(b) || b.contains(a));
    }

    @Property
    void everyNetworkOverlapsItself(@ForAll("networks") IPAddress a) {
        assertThat(NetworkPlan.overlap(a, a)).isTrue();
    }

    @Property
    void normalisationIsIdempotent(@ForAll("cidrTexts") String typed) {
        String once = Cidrs.normalise(typed).orElseThrow();
        assertThat(Cidrs.normalise(once)).contains(once);
    }

    @Property
    void theNormalisedNetworkContainsTheTypedAddressAndKeepsItsPrefix(@ForAll("cidrTexts") String typed) {
        IPAddress address = Cidrs.parse(typed).orElseThrow();
        IPAddress network = Cidrs.network(typed).orElseThrow();
        assertThat(network.contains(address.withoutPrefixLength())).isTrue();
        assertThat(network.getNetworkPrefixLength()).isEqualTo(address.getNetworkPrefixLength());
        assertThat(network.isPrefixBlock()).isTrue();
    }

    @Property
    void theDidYouMeanFixOfAVpcCidrPassesTheSyntaxRule(@ForAll("cidrTexts") String typed) {
        var rule = new VpcCidrFormat();
        var findings = rule.check(ValidInputs.newVpc().withNetwork(n -> n.withVpcCidr(typed)), ValidInputs.CONTEXT);
        findings.stream().flatMap(f -> f.fix().stream()).filter(f -> f.kind() == Fix.Kind.CORRECTED_VALUE)
                .map(Fix::text)
                .forEach(fixed -> assertThat(rule.check(ValidInputs.newVpc().withNetwork(n -> n.withVpcCidr(fixed)),
                        ValidInputs.CONTEXT)).isEmpty());
    }

    @Property
    void suggestedSubnetsLieInsideTheVpcAreAtLeastSlash23AndOverlapNothing(
            @ForAll("vpcs") IPAddress vpc, @ForAll("takenSubnets") List<IPAddress> taken, @ForAll @IntRange(min = 1, max = 6) int count) {
        List<IPAddress> free = SubnetPlanner.freeSubnets(vpc, taken, count);
        assertThat(free).hasSizeLessThanOrEqualTo(count);
        for (int i = 0; i < free.size(); i++) {
            IPAddress subnet = free.get(i);
            assertThat(vpc.contains(subnet)).as("%s inside %s", subnet, vpc).isTrue();
            assertThat(subnet.getNetworkPrefixLength()).isLessThanOrEqualTo(SubnetPlanner.SUBNET_PREFIX);
            assertThat(taken).noneMatch(t -> NetworkPlan.overlap(t, subnet));
            for (int j = 0; j < i; j++) {
                assertThat(NetworkPlan.overlap(free.get(j), subnet)).isFalse();
            }
        }
    }

    @Property
    void anEmptyVpcOffersAsManySubnetsAsFitOrAsAskedFor(@ForAll("vpcs") IPAddress vpc, @ForAll @IntRange(min = 1, max = 6) int count) {
        int room = SubnetPlanner.SUBNET_PREFIX - vpc.getNetworkPrefixLength();
        int fit = room < 0 ? 0 : 1 << room;
        assertThat(SubnetPlanner.freeSubnets(vpc, List.of(), count)).hasSize(Math.min(fit, count));
    }

    @Provide
    Arbitrary<IPAddress> networks() {
        return cidrTexts().map(t -> Cidrs.network(t).orElseThrow());
    }

    /** VPC-sized networks, /16 to /24 (some too small for even one /23), near each other so that they collide. */
    @Provide
    Arbitrary<IPAddress> vpcs() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), octet(), Arbitraries.integers().between(16, 24))
                .as((a, b, prefix) -> Cidrs.network("10." + a + "." + b + ".0/" + prefix).orElseThrow());
    }

    /** Subnets already in use, in the same neighbourhood as {@link #vpcs()}. */
    @Provide
    Arbitrary<List<IPAddress>> takenSubnets() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), octet(), Arbitraries.integers().between(16, 28))
                .as((a, b, prefix) -> Cidrs.network("10." + a + "." + b + ".0/" + prefix).orElseThrow())
                .list().ofMaxSize(8);
    }

    /** IPv4 CIDRs as a customer may type them, host bits included. */
    @Provide
    Arbitrary<String> cidrTexts() {
        return Combinators.combine(octet(), octet(), octet(), octet(), Arbitraries.integers().between(0, 32))
                .as((a, b, c, d, prefix) -> a + "." + b + "." + c + "." + d + "/" + prefix);
    }

    private static Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }
}
