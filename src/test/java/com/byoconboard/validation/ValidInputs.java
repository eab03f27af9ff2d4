package com.byoconboard.validation;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.onboarding.OnboardingProperties;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import com.byoconboard.validation.ExistingVpcFacts.SubnetFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Inputs that break no rule, for tests to spoil one field at a time. */
public final class ValidInputs {

    public static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-northeast-1");
    public static final RuleContext CONTEXT = new RuleContext(REGIONS, AzCatalog.shipped());

    private ValidInputs() {
    }

    public static OnboardingValidator validator() {
        return new OnboardingValidator(new OnboardingProperties(REGIONS, true));
    }

    /** A new VPC with the defaults, reachable publicly from one documentation range. */
    public static OnboardingInputs newVpc() {
        return OnboardingInputs.initial()
                .withAccount(a -> a.withAccountId("123456789012").withAdminEmail("platform@example.com")
                        .withOrganizationName("Example Corp"))
                .withRegion("us-east-1")
                .withBootstrapRole(r -> r.withRoleArn("arn:aws:iam::123456789012:role/ClickHouseManagementRole"))
                .withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az2", "use1-az4")))
                .withConnectivity(c -> c.withAllowList(List.of("203.0.113.0/24")));
    }

    /** Three /23 subnets in three AZs of an existing 10.1.0.0/16 VPC. */
    public static OnboardingInputs existingVpc() {
        return newVpc().withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC).withAzIds(List.of())
                .withExistingVpcId("vpc-0a1b2c3d4e5f67890").withExistingVpcCidr("10.1.0.0/16")
                .withExistingSubnets(List.of(
                        new ExistingSubnet("subnet-0123456789abcdef0", "use1-az1", "10.1.0.0/23"),
                        new ExistingSubnet("subnet-0123456789abcdef1", "use1-az2", "10.1.2.0/23"),
                        new ExistingSubnet("subnet-0123456789abcdef2", "use1-az4", "10.1.4.0/22"))));
    }

    /** What pre-flight reads in the account for {@link #existingVpc()}: the same subnets, tagged, behind a NAT gateway, with an S3 endpoint. */
    public static ExistingVpcFacts existingVpcFacts() {
        var network = existingVpc().network();
        return new ExistingVpcFacts(network.existingVpcId(), network.existingVpcCidr(), network.existingSubnets().stream()
                .map(s -> new SubnetFacts(s.subnetId(), s.azId(), s.cidr(), true, Optional.of("rtb-0123456789abcdef0"),
                        RouteTarget.NAT_GATEWAY)).toList(), List.of("vpce-0123456789abcdef0"));
    }

    /** {@link #existingVpcFacts()} with one subnet as the account has it changed. */
    public static ExistingVpcFacts existingVpcFacts(int index, UnaryOperator<SubnetFacts> change) {
        var facts = existingVpcFacts();
        var subnets = new ArrayList<>(facts.subnets());
        subnets.set(index, change.apply(subnets.get(index)));
        return new ExistingVpcFacts(facts.vpcId(), facts.vpcCidr(), subnets, facts.s3GatewayEndpointIds());
    }

    public static SubnetFacts withCidr(SubnetFacts s, String cidr) {
        return new SubnetFacts(s.subnetId(), s.azId(), cidr, s.internalElbTag(), s.routeTableId(), s.defaultRoute());
    }

    public static SubnetFacts withAzId(SubnetFacts s, String azId) {
        return new SubnetFacts(s.subnetId(), azId, s.cidr(), s.internalElbTag(), s.routeTableId(), s.defaultRoute());
    }

    public static SubnetFacts untagged(SubnetFacts s) {
        return new SubnetFacts(s.subnetId(), s.azId(), s.cidr(), false, s.routeTableId(), s.defaultRoute());
    }

    /** The subnet in route table {@code table}, whose default route goes to {@code target}. */
    public static SubnetFacts routedTo(SubnetFacts s, Optional<String> table, RouteTarget target) {
        return new SubnetFacts(s.subnetId(), s.azId(), s.cidr(), s.internalElbTag(), table, target);
    }

    /** Private access only, through one peered VPC. */
    public static OnboardingInputs peered() {
        return newVpc().withConnectivity(c -> c.withAllowList(List.of()).withPeeringEnabled(true)
                .withPeers(List.of(new VpcPeer("210987654321", "vpc-0fedcba9876543210", "172.16.0.0/16"))));
    }
}
