package com.byoconboard.validation.rules;

import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Severity;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.byoconboard.validation.rules.RuleTesting.check;
import static com.byoconboard.validation.rules.RuleTesting.fixText;
import static org.assertj.core.api.Assertions.assertThat;

/** The existing-VPC rules over what pre-flight read in the account: the same IDs, messages and fixes as live. */
class ExistingVpcInAccountRulesTest {

    private final ExistingVpcFacts prepared = ValidInputs.existingVpcFacts();

    @Test
    void aPreparedAccountBreaksNoRule() {
        assertThat(inAccount(prepared)).isEmpty();
    }

    @Test
    void subnetsWithoutTheInternalElbTagGetTheCreateTagsCommandForExactlyThoseSubnets() {
        var finding = only("EVPC-010", ValidInputs.existingVpcFacts(1, ValidInputs::untagged));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.messageKey()).isEqualTo("rule.EVPC-010.untagged");
        assertThat(finding.args()).containsExactly("subnet-0123456789abcdef1");
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).isEqualTo("aws ec2 create-tags --region us-east-1"
                + " --resources subnet-0123456789abcdef1 --tags Key=kubernetes.io/role/internal-elb,Value=1");
    }

    @Test
    void aVpcWithoutAnS3GatewayEndpointGetsTheCommandWithItsRealPrivateRouteTables() {
        var subnets = new ArrayList<>(prepared.subnets());
        subnets.set(1, ValidInputs.routedTo(subnets.get(1), Optional.of("rtb-0fedcba9876543210"), RouteTarget.NAT_GATEWAY));
        var finding = only("EVPC-010", new ExistingVpcFacts(prepared.vpcId(), prepared.vpcCidr(), subnets, List.of()));
        assertThat(finding.messageKey()).isEqualTo("rule.EVPC-010.noS3Endpoint");
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).isEqualTo("aws ec2 create-vpc-endpoint --region us-east-1"
                + " --vpc-id vpc-0a1b2c3d4e5f67890 --vpc-endpoint-type Gateway --service-name com.amazonaws.us-east-1.s3"
                + " --route-table-ids rtb-0123456789abcdef0 rtb-0fedcba9876543210");
    }

    @Test
    void aSubnetWithoutADefaultRouteOutOfTheVpcHasNoEgressAndGetsACreateRouteCommandForItsTable() {
        var facts = ValidInputs.existingVpcFacts(2, s -> ValidInputs.routedTo(s, Optional.of("rtb-0fedcba9876543210"), RouteTarget.NONE));
        var finding = only("EVPC-011", facts);
        assertThat(finding.args()).containsExactly("subnet-0123456789abcdef2");
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).isEqualTo("aws ec2 create-route --region us-east-1"
                + " --route-table-id rtb-0fedcba9876543210 --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway-id>");
    }

    @Test
    void everyTargetThatLeadsOutCountsAsEgress() {
        for (var target : List.of(RouteTarget.NAT_GATEWAY, RouteTarget.TRANSIT_GATEWAY, RouteTarget.NETWORK_INTERFACE,
                RouteTarget.INTERNET_GATEWAY)) {
            assertThat(inAccount(ValidInputs.existingVpcFacts(0, s -> ValidInputs.routedTo(s, s.routeTableId(), target))))
                    .as(target.name()).isEmpty();
        }
    }

    @Test
    void aSubnetSmallerThanSlash23InTheAccountFailsThoughItWasTypedAsSlash23() {
        var finding = only("EVPC-007", ValidInputs.existingVpcFacts(0, s -> ValidInputs.withCidr(s, "10.1.0.0/24")));
        assertThat(finding.args()).containsExactly("10.1.0.0/24", 24);
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).contains("--availability-zone-id use1-az1 --cidr-block 10.1.8.0/23");
    }

    @Test
    void subnetsInTwoAzsInTheAccountAreNotEnoughThoughThreeWereTyped() {
        var finding = only("EVPC-004", ValidInputs.existingVpcFacts(2, s -> ValidInputs.withAzId(s, "use1-az1")));
        assertThat(finding.messageKey()).isEqualTo("rule.EVPC-004.tooFewAzs");
        assertThat(finding.args()).containsExactly(2, "use1-az1, use1-az2");
    }

    @Test
    void withoutFactsTheEgressRuleSaysNothingAndPreparationStaysAReminder() {
        assertThat(check(new PrivateSubnetEgress(), ValidInputs.existingVpc())).isEmpty();
        assertThat(check(new SubnetPreparation(), ValidInputs.existingVpc())).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    private static List<Finding> inAccount(ExistingVpcFacts facts) {
        return ValidInputs.validator().checkAgainstAccount(ValidInputs.existingVpc(), facts).findings();
    }

    private static Finding only(String ruleId, ExistingVpcFacts facts) {
        var findings = inAccount(facts);
        assertThat(findings).as("findings in the account").singleElement().extracting(Finding::ruleId).isEqualTo(ruleId);
        return findings.getFirst();
    }
}
