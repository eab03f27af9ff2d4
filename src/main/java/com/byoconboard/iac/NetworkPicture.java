package com.byoconboard.iac;

import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import com.byoconboard.validation.ExistingVpcFacts.SubnetFacts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the network picture shows, decided from the one network plan (a new VPC) or from the inputs and what
 * pre-flight found in the account (an existing VPC). Plain data: {@link NetworkSvg} only draws it.
 *
 * @param source        where the picture comes from: the plan, the subnets as typed, or the account
 * @param vpcId         the existing VPC's ID; blank for a new VPC
 * @param natGateways   how many NAT gateways the plan has (0 for an existing VPC: they are the customer's)
 * @param s3Endpoint    the S3 gateway endpoint: planned, found, missing, or not checked yet
 */
record NetworkPicture(Source source, String vpcId, String vpcCidr, List<Zone> zones, int natGateways,
                      boolean internetGateway, Presence s3Endpoint, String cluster, List<Peer> peers) {

    NetworkPicture {
        zones = List.copyOf(zones);
        peers = List.copyOf(peers);
    }

    enum Source { PLAN, AS_TYPED, ACCOUNT }

    enum Presence { PLANNED, FOUND, MISSING, UNCHECKED }

    enum Tier { PUBLIC, PRIVATE }

    /** What the account lacks for a subnet the guide needs: each drawn as a mark on the subnet. */
    enum Gap { NOT_FOUND, INTERNAL_ELB_TAG, NO_DEFAULT_ROUTE }

    /** One AZ by ID, with its name in the customer's account once pre-flight has learned it (else blank). */
    record Zone(String azId, String azName, List<Subnet> subnets) {
        Zone {
            subnets = List.copyOf(subnets);
        }
    }

    /** A subnet: its ID (blank while planned), CIDR, whether a NAT gateway sits in it, and what it lacks. */
    record Subnet(Tier tier, String id, String cidr, boolean natGateway, Set<Gap> gaps) {
        Subnet {
            gaps = gaps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(gaps));
        }
    }

    /** A peered VPC: routes to its CIDR in every private route table of ours, and back to ours in its own. */
    record Peer(String vpcId, String cidr, String accountId) {
    }

    /** Either a picture or why the inputs do not give one yet (a key of the iac bundle and its arguments). */
    sealed interface Result {
    }

    record Ready(NetworkPicture picture) implements Result {
    }

    record NotReady(String messageKey, List<Object> arguments) implements Result {
        NotReady {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The picture of an onboarding's network.
     *
     * @param found   what pre-flight read about the existing VPC, when it has looked
     * @param azNames AZ ID to AZ name in the customer's account, as far as pre-flight has learned them
     */
    static Result of(Onboarding onboarding, Optional<ExistingVpcFacts> found, Map<String, String> azNames) {
        var inputs = onboarding.inputs();
        var blueprint = Blueprint.of(onboarding);
        String cluster = blueprint.names().cluster();
        List<Peer> peers = inputs.connectivity().activePeers().stream()
                .filter(p -> !p.vpcId().isBlank() || !p.cidr().isBlank())
                .map(p -> new Peer(p.vpcId(), p.cidr(), p.accountId())).toList();
        if (inputs.network().mode() == VpcMode.NEW_VPC) {
            return switch (NetworkPlan.of(inputs.network())) {
                case NetworkPlan.NotReady(var key, var arguments) -> new NotReady(key, arguments);
                case NetworkPlan.Ready(var plan) -> new Ready(planned(plan, cluster, peers, azNames));
            };
        }
        return new Ready(existing(inputs.network().existingVpcId(), inputs.network().existingVpcCidr(),
                inputs.network().existingSubnets(), found, cluster, peers, azNames));
    }

    private static NetworkPicture planned(NetworkPlan plan, String cluster, List<Peer> peers, Map<String, String> azNames) {
        var natZones = plan.natGateways().stream().map(n -> n.zone().azId()).toList();
        var zones = plan.zones().stream().map(z -> new Zone(z.azId(), azNames.getOrDefault(z.azId(), ""), List.of(
                new Subnet(Tier.PUBLIC, "", z.publicCidr(), natZones.contains(z.azId()), Set.of()),
                new Subnet(Tier.PRIVATE, "", z.privateCidr(), false, Set.of())))).toList();
        return new NetworkPicture(Source.PLAN, "", plan.vpcCidr(), zones, natZones.size(), true, Presence.PLANNED,
                cluster, peers);
    }

    /** The subnets in the order listed, grouped by AZ: as found in the account once checked, else as typed. */
    private static NetworkPicture existing(String vpcId, String typedCidr, List<ExistingSubnet> listed,
                                           Optional<ExistingVpcFacts> found, String cluster, List<Peer> peers,
                                           Map<String, String> azNames) {
        var byAz = new LinkedHashMap<String, List<Subnet>>();
        for (ExistingSubnet typed : listed) {
            if (typed.subnetId().isBlank() && typed.cidr().isBlank()) {
                continue;
            }
            Optional<SubnetFacts> facts = found.flatMap(f -> f.subnets().stream()
                    .filter(s -> s.subnetId().equals(typed.subnetId())).findFirst());
            Subnet subnet;
            String az;
            if (facts.isPresent()) {
                var gaps = EnumSet.noneOf(Gap.class);
                if (!facts.get().internalElbTag()) {
                    gaps.add(Gap.INTERNAL_ELB_TAG);
                }
                if (facts.get().defaultRoute() == RouteTarget.NONE) {
                    gaps.add(Gap.NO_DEFAULT_ROUTE);
                }
                subnet = new Subnet(Tier.PRIVATE, typed.subnetId(), facts.get().cidr(), false, gaps);
                az = facts.get().azId();
            } else {
                subnet = new Subnet(Tier.PRIVATE, typed.subnetId(), typed.cidr(), false,
                        found.isPresent() ? Set.of(Gap.NOT_FOUND) : Set.of());
                az = typed.azId();
            }
            byAz.computeIfAbsent(az.isBlank() ? "?" : az, k -> new ArrayList<>()).add(subnet);
        }
        var zones = byAz.entrySet().stream()
                .map(e -> new Zone(e.getKey(), azNames.getOrDefault(e.getKey(), ""), e.getValue())).toList();
        Presence s3 = found.map(f -> f.s3GatewayEndpointIds().isEmpty() ? Presence.MISSING : Presence.FOUND)
                .orElse(Presence.UNCHECKED);
        String cidr = found.map(ExistingVpcFacts::vpcCidr).filter(c -> c != null && !c.isBlank()).orElse(typedCidr);
        return new NetworkPicture(found.isPresent() ? Source.ACCOUNT : Source.AS_TYPED, vpcId, cidr, zones, 0,
                false, s3, cluster, peers);
    }
}
