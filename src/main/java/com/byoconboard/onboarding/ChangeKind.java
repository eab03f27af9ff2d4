package com.byoconboard.onboarding;

import com.byoconboard.onboarding.ChangeRefusedException.Reason;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a day-2 change of a ready onboarding may change, each kind one part of the inputs. The region and the VPC
 * CIDR are not among them: they are fixed once provisioned ({@link #of} refuses them, saying so).
 */
public enum ChangeKind {
    /** The IP allow-list of the public endpoint. */
    ALLOW_LIST,
    MAINTENANCE_WINDOW,
    /** The peered VPCs (the peering flow of the provisioning page). */
    PEERS,
    /** More (or other) private subnets of the customer's existing VPC. */
    SUBNETS;

    /** Who must approve a change of this kind before it is applied. */
    public enum Review { NONE, SUPPORT }

    /**
     * The one place that decides who reviews what. The guide puts support in the loop for what it must know or do
     * itself: the subnets of an existing VPC are among what support needs (and the cluster's network), so support
     * reviews them. The allow-list and the maintenance window are the customer's own settings, applied at once. A
     * peer's security-group rule is the app's own step (not support's) since the peering flow; the private load
     * balancer stays a support task of its own, so peers are applied at once too.
     */
    public Review review() {
        return switch (this) {
            case ALLOW_LIST, MAINTENANCE_WINDOW, PEERS -> Review.NONE;
            case SUBNETS -> Review.SUPPORT;
        };
    }

    /** {@code current} with this kind's part taken from {@code proposed}, and nothing else. */
    public OnboardingInputs carry(OnboardingInputs current, OnboardingInputs proposed) {
        return switch (this) {
            case ALLOW_LIST -> current.withConnectivity(c -> c.withAllowList(proposed.connectivity().allowList()));
            case MAINTENANCE_WINDOW -> current.withMaintenance(m -> proposed.maintenance());
            case PEERS -> current.withConnectivity(c -> c.withPeeringEnabled(proposed.connectivity().peeringEnabled())
                    .withPeers(proposed.connectivity().peers())
                    .withRemovePublicLoadBalancer(proposed.connectivity().removePublicLoadBalancer()));
            case SUBNETS -> current.withNetwork(n -> n.withExistingSubnets(proposed.network().existingSubnets()));
        };
    }

    /** This kind's part of {@code inputs} in one line, for the change's list and the audit log. */
    public String describe(OnboardingInputs inputs) {
        return switch (this) {
            case ALLOW_LIST -> String.join(", ", inputs.connectivity().allowList());
            case MAINTENANCE_WINDOW -> inputs.maintenance().weekday() + " " + inputs.maintenance().startTime() + " "
                    + inputs.maintenance().timeZone();
            case PEERS -> inputs.connectivity().activePeers().stream().map(VpcPeer::vpcId).collect(Collectors.joining(", "));
            case SUBNETS -> inputs.network().existingSubnets().stream().map(ExistingSubnet::subnetId)
                    .collect(Collectors.joining(", "));
        };
    }

    /**
     * The kind of change from {@code current} to {@code proposed}: exactly one kind, on a network that allows it.
     *
     * @throws ChangeRefusedException the region or the VPC CIDR changed (never after provisioning), something else
     *                                that is not a day-2 setting changed, several kinds changed at once, or nothing
     */
    public static ChangeKind of(OnboardingInputs current, OnboardingInputs proposed) {
        if (!current.region().equals(proposed.region())) {
            throw new ChangeRefusedException(Reason.REGION, current.region() + " -> " + proposed.region());
        }
        var network = current.network();
        var next = proposed.network();
        if (!network.byocCidr().equals(next.byocCidr()) || !network.vpcCidr().equals(next.vpcCidr())) {
            throw new ChangeRefusedException(Reason.VPC_CIDR, network.byocCidr() + " -> " + next.byocCidr());
        }
        var changed = new ArrayList<ChangeKind>();
        var rest = current;
        for (ChangeKind kind : values()) {
            if (!kind.carry(current, proposed).equals(current)) {
                changed.add(kind);
                rest = kind.carry(rest, proposed);
            }
        }
        if (!rest.equals(proposed)) {
            throw new ChangeRefusedException(Reason.NOT_CHANGEABLE, "only " + Arrays.toString(values()) + " change after READY");
        }
        if (changed.contains(SUBNETS) && network.mode() != VpcMode.EXISTING_VPC) {
            // The vendor's VPC has its subnets from the network plan; only an existing VPC's list is the customer's.
            throw new ChangeRefusedException(Reason.NOT_CHANGEABLE, "subnets of a new VPC follow the VPC CIDR");
        }
        if (changed.size() > 1) {
            throw new ChangeRefusedException(Reason.SEVERAL_KINDS, changed.toString());
        }
        if (changed.isEmpty()) {
            throw new ChangeRefusedException(Reason.NOTHING_CHANGED, "");
        }
        return changed.getFirst();
    }
}
