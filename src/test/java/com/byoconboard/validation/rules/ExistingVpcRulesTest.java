package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Severity;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.byoconboard.validation.rules.RuleTesting.check;
import static com.byoconboard.validation.rules.RuleTesting.fixText;
import static com.byoconboard.validation.rules.RuleTesting.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the Network step for an existing VPC: IDs, subnet count, size, containment, overlap, preparation. */
class ExistingVpcRulesTest {

    private final OnboardingInputs valid = ValidInputs.existingVpc();

    @Test
    void aValidExistingVpcBreaksNoRule() {
        for (var rule : List.of(new ExistingVpcIdFormat(), new ExistingVpcCidrFormat(), new SubnetIdFormat(),
                new SubnetsInThreeAzs(), new SubnetAzIdInRegion(), new SubnetCidrFormat(), new SubnetMinimumSize(),
                new SubnetInsideVpc(), new SubnetsDoNotOverlap())) {
            assertThat(check(rule, valid)).as(rule.id()).isEmpty();
        }
    }

    @Test
    void anUpperCaseVpcIdIsOfferedInLowerCase() {
        var finding = only(new ExistingVpcIdFormat(), valid.withNetwork(n -> n.withExistingVpcId("VPC-0A1B2C3D")));
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE)).isEqualTo("vpc-0a1b2c3d");
    }

    @Test
    void aMissingVpcCidrComesWithTheCommandThatPrintsIt() {
        var finding = only(new ExistingVpcCidrFormat(), valid.withNetwork(n -> n.withExistingVpcCidr("")));
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).contains("describe-vpcs --region us-east-1 --vpc-ids vpc-0a1b2c3d4e5f67890");
    }

    @Test
    void aSubnetIdGivenTwiceNamesTheFirstRow() {
        var finding = only(new SubnetIdFormat(), valid.withNetwork(n -> n.withExistingSubnet(2,
                s -> s.withSubnetId("subnet-0123456789abcdef0"))));
        assertThat(finding.field()).isEqualTo("network.existingSubnets[2].subnetId");
        assertThat(finding.args()).containsExactly("subnet-0123456789abcdef0", 1);
    }

    @Test
    void tooFewSubnetsComeWithCreateSubnetCommandsForFreeRoomInMissingAzs() {
        var two = valid.withNetwork(n -> n.withExistingSubnets(n.existingSubnets().subList(0, 2)));
        var finding = only(new SubnetsInThreeAzs(), two);
        assertThat(finding.field()).isEqualTo("network.existingSubnets");
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).isEqualTo("aws ec2 create-subnet --region us-east-1"
                + " --vpc-id vpc-0a1b2c3d4e5f67890 --availability-zone-id use1-az3 --cidr-block 10.1.4.0/23"
                + " --tag-specifications 'ResourceType=subnet,Tags=[{Key=kubernetes.io/role/internal-elb,Value=1}]'");
    }

    @Test
    void threeSubnetsInTwoAzsAreNotEnough() {
        var finding = only(new SubnetsInThreeAzs(), valid.withNetwork(n -> n.withExistingSubnet(2, s -> s.withAzId("use1-az1"))));
        assertThat(finding.messageKey()).isEqualTo("rule.EVPC-004.tooFewAzs");
        assertThat(finding.args()).containsExactly(2, "use1-az1, use1-az2");
    }

    @Test
    void aSlash24SubnetIsTooSmallAndAFreeSlash23IsProposed() {
        var finding = only(new SubnetMinimumSize(), valid.withNetwork(n -> n.withExistingSubnet(0, s -> s.withCidr("10.1.0.0/24"))));
        assertThat(finding.args()).containsExactly("10.1.0.0/24", 24);
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).contains("--availability-zone-id use1-az1 --cidr-block 10.1.8.0/23");
    }

    @Test
    void aSubnetOutsideTheVpcNamesTheVpcCidr() {
        var finding = only(new SubnetInsideVpc(), valid.withNetwork(n -> n.withExistingSubnet(1, s -> s.withCidr("10.2.0.0/23"))));
        assertThat(finding.args()).containsExactly("10.2.0.0/23", "10.1.0.0/16");
    }

    @Test
    void overlappingSubnetsAreReportedOnTheLaterRowNamingTheEarlierOne() {
        var finding = only(new SubnetsDoNotOverlap(), valid.withNetwork(n -> n.withExistingSubnet(2, s -> s.withCidr("10.1.0.0/22"))));
        assertThat(finding.field()).isEqualTo("network.existingSubnets[2].cidr");
        assertThat(finding.args()).containsExactly("10.1.0.0/22", "10.1.0.0/23", 1);
    }

    @Test
    void subnetsToHandOverComeWithTheTagAndEndpointCommands() {
        var finding = only(new SubnetPreparation(), valid);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(fixText(finding, Fix.Kind.AWS_CLI))
                .contains("--resources subnet-0123456789abcdef0 subnet-0123456789abcdef1 subnet-0123456789abcdef2")
                .contains("--service-name com.amazonaws.us-east-1.s3");
        assertThat(check(new SubnetPreparation(), valid.withNetwork(n -> n.withExistingSubnets(List.of(ExistingSubnet.EMPTY))))).isEmpty();
    }
}
