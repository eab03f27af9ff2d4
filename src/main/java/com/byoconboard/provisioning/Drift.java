package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.ResourceType;
import com.byoconboard.validation.Fix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The drift check's comparison, plain: each recorded resource with what the account showed for it, and what the
 * account holds with the onboarding's tag, give what is missing, changed or extra.
 */
final class Drift {

    private Drift() {
    }

    /** What the account showed for one recorded resource. */
    sealed interface Observed {
    }

    /**
     * It is there; {@code tags} and {@code cidr} are empty where that kind has none or they were not read.
     */
    record Found(Optional<Map<String, String>> tags, Optional<String> cidr) implements Observed {
        static Found plain() {
            return new Found(Optional.empty(), Optional.empty());
        }
    }

    /** The account says it does not exist (or it is deleted, rejected, failed). */
    record Absent() implements Observed {
    }

    /** Not ours to look at: a host name (an output), a role the customer's template made. */
    record NotLooked() implements Observed {
    }

    record Looked(RecordedResource resource, Observed observed) {
    }

    /** Something in the account carrying the onboarding's tag; {@code logicalName} from its resource tag, or "". */
    record Tagged(ResourceType type, String resourceId, String logicalName) {
    }

    /**
     * @param onboardingId the value our ownership tag must have
     * @param plannedCidr  the CIDR the plan gives a logical name, where it gives one (subnets, the VPC)
     * @param region       for the fixes' commands
     */
    static DriftReport compare(Instant at, List<Looked> looked, List<Tagged> tagged, String onboardingId,
                               Function<String, Optional<String>> plannedCidr, String region) {
        var findings = new ArrayList<DriftFinding>();
        // AWS removes a subnet's route table association with the subnet, so the association goes with it.
        Set<String> goneWithSubnet = new HashSet<>();
        looked.stream().filter(l -> l.resource().type() == ResourceType.SUBNET && l.observed() instanceof Absent)
                .forEach(l -> goneWithSubnet.add(Planner.association(l.resource().logicalName())));
        for (Looked l : looked) {
            var r = l.resource();
            var observed = goneWithSubnet.contains(r.logicalName()) ? new Absent() : l.observed();
            switch (observed) {
                case Absent() -> findings.add(new DriftFinding.Missing(r.type(), r.resourceId(), r.logicalName(),
                        r.step(), ours(r.type())));
                case Found(var tags, var cidr) -> {
                    tags.filter(t -> !onboardingId.equals(t.get(ResourceNames.ONBOARDING_TAG))).ifPresent(t ->
                            findings.add(new DriftFinding.Changed(r.type(), r.resourceId(), r.logicalName(),
                                    Message.of("provisioning.drift.changed.tag", ResourceNames.ONBOARDING_TAG,
                                            onboardingId), retag(r, onboardingId, region))));
                    var planned = plannedCidr.apply(r.logicalName());
                    if (cidr.isPresent() && planned.isPresent() && !cidr.get().equals(planned.get())) {
                        findings.add(new DriftFinding.Changed(r.type(), r.resourceId(), r.logicalName(),
                                Message.of("provisioning.drift.changed.cidr", cidr.get(), planned.get()),
                                Optional.empty()));
                    }
                }
                case NotLooked() -> { }
            }
        }
        Set<String> recorded = new HashSet<>();
        looked.forEach(l -> recorded.add(l.resource().resourceId()));
        tagged.stream().filter(t -> !recorded.contains(t.resourceId()))
                .forEach(t -> findings.add(new DriftFinding.Extra(t.type(), t.resourceId(), t.logicalName())));
        return new DriftReport(at, looked.size(), findings);
    }

    /** Ours to make again: not the customer's VPC or subnets (we only tagged them) nor their roles. */
    private static boolean ours(ResourceType type) {
        return type != ResourceType.TAGS && type != ResourceType.CUSTOMER_IAM_ROLE;
    }

    /** Our ownership tags put back with the AWS CLI, for the kinds EC2 tags. */
    private static Optional<Fix> retag(RecordedResource r, String onboardingId, String region) {
        if (!r.resourceId().matches("[a-z]+-[0-9a-f]+")) {
            return Optional.empty();
        }
        return Optional.of(Fix.awsCli("aws ec2 create-tags --region " + region + " --resources " + r.resourceId()
                + " --tags Key=" + ResourceNames.ONBOARDING_TAG + ",Value=" + onboardingId
                + " Key=" + ResourceNames.RESOURCE_TAG + ",Value=" + r.logicalName()));
    }
}
