package com.byoconboard.validation.rules;

import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;
import inet.ipaddr.IPAddress;

import java.util.List;

/** NET-003: the new VPC uses private addresses (RFC 1918); the shared range 100.64.0.0/10 works with a warning. */
public final class VpcCidrPrivateRange implements Rule {

    @Override
    public String id() {
        return "NET-003";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        if (inputs.network().mode() != VpcMode.NEW_VPC) {
            return List.of();
        }
        return Cidrs.ipv4Network(inputs.network().vpcCidr()).map(network -> {
            String cidr = network.toCanonicalString();
            if (Cidrs.isRfc1918(network)) {
                return NetworkPlan.overlap(network, DOCKER_BRIDGE)
                        ? List.of(Finding.warning(id(), InputField.VPC_CIDR, "rule.NET-003.dockerBridge", cidr))
                        : List.<Finding>of();
            }
            if (ReservedRange.containing(network).isPresent()) {
                return List.<Finding>of(); // not public either: ReservedRanges names what it is
            }
            if (Cidrs.isRfc6598(network)) {
                return List.of(Finding.warning(id(), InputField.VPC_CIDR, "rule.NET-003.sharedAddressSpace", cidr));
            }
            String suggestion = "10.0.0.0/" + Math.clamp(network.getNetworkPrefixLength(), VpcCidrPrefixSize.LARGEST,
                    VpcCidrPrefixSize.SMALLEST);
            return List.of(Finding.error(id(), InputField.VPC_CIDR, "rule.NET-003.public", cidr, suggestion)
                    .withFix(Fix.correctedValue(suggestion)));
        }).orElse(List.of());
    }

    /** Docker's default bridge network; AWS advises against it because some services and tools route it locally. */
    private static final IPAddress DOCKER_BRIDGE = Cidrs.parse("172.17.0.0/16").orElseThrow();
}
