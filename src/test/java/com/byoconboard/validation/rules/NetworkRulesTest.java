package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Severity;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.byoconboard.validation.rules.RuleTesting.check;
import static com.byoconboard.validation.rules.RuleTesting.fixText;
import static com.byoconboard.validation.rules.RuleTesting.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the Network step for a new VPC: CIDR and AZ IDs. */
class NetworkRulesTest {

    private static OnboardingInputs cidr(String cidr) {
        return ValidInputs.newVpc().withNetwork(n -> n.withVpcCidr(cidr));
    }

    @Test
    void anAddressWithHostBitsAsksDidYouMeanTheNetwork() {
        var finding = only(new VpcCidrFormat(), cidr("10.0.0.5/16"));
        assertThat(finding.messageKey()).isEqualTo("rule.NET-001.hostBits");
        assertThat(finding.args()).containsExactly("10.0.0.5/16", "10.0.0.0/16");
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE)).isEqualTo("10.0.0.0/16");
    }

    @Test
    void anEmptyCidrOffersTheGuidesDefault() {
        assertThat(fixText(only(new VpcCidrFormat(), cidr("")), Fix.Kind.CORRECTED_VALUE)).isEqualTo("10.0.0.0/16");
        assertThat(check(new VpcCidrFormat(), cidr(OnboardingInputs.DEFAULT_VPC_CIDR))).isEmpty();
    }

    @Test
    void prefixesFrom16To21AreAcceptedAndOthersGetTheNearestAllowedSize() {
        var rule = new VpcCidrPrefixSize();
        for (int prefix = 16; prefix <= 21; prefix++) {
            assertThat(check(rule, cidr("10.0.0.0/" + prefix))).as("/%d", prefix).isEmpty();
        }
        // The guide's /22 cannot hold three /23 private subnets.
        assertThat(fixText(only(rule, cidr("10.0.4.0/22")), Fix.Kind.CORRECTED_VALUE)).isEqualTo("10.0.0.0/21");
        assertThat(fixText(only(rule, cidr("10.0.8.0/24")), Fix.Kind.CORRECTED_VALUE)).isEqualTo("10.0.8.0/21");
        assertThat(fixText(only(rule, cidr("10.0.0.0/8")), Fix.Kind.CORRECTED_VALUE)).isEqualTo("10.0.0.0/16");
    }

    @Test
    void publicRangesAreRefusedAndTheSharedRangeOnlyWarns() {
        var rule = new VpcCidrPrivateRange();
        assertThat(check(rule, cidr("192.168.0.0/16"))).isEmpty();
        assertThat(check(rule, cidr("172.31.0.0/16"))).isEmpty();
        assertThat(only(rule, cidr("52.0.0.0/16")).severity()).isEqualTo(Severity.ERROR);
        assertThat(only(rule, cidr("100.64.0.0/16")).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void newVpcRulesStaySilentForAnExistingVpc() {
        var existing = ValidInputs.existingVpc().withNetwork(n -> n.withVpcCidr("garbage").withAzIds(List.of()));
        assertThat(check(new VpcCidrFormat(), existing)).isEmpty();
        assertThat(check(new AzIdsExactlyThree(), existing)).isEmpty();
        assertThat(existing.network().mode()).isEqualTo(VpcMode.EXISTING_VPC);
    }

    @Test
    void noAzIdsChosenComesWithTheCommandMappingNamesToIds() {
        var finding = only(new AzIdsExactlyThree(), ValidInputs.newVpc().withNetwork(n -> n.withAzIds(List.of())));
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).contains("describe-availability-zones --region us-east-1");
    }

    @Test
    void anAzNameIsExplainedAndLookedUpInTheCustomersAccount() {
        var finding = only(new AzIdsInRegion(), ValidInputs.newVpc()
                .withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az2", "us-east-1c"))));
        assertThat(finding.messageKey()).isEqualTo("rule.AZ-002.azName");
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).contains("--region us-east-1 --zone-names us-east-1c");
    }

    @Test
    void anAzIdOfAnotherRegionNamesThatRegion() {
        var finding = only(new AzIdsInRegion(), ValidInputs.newVpc()
                .withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az2", "apne1-az4"))));
        assertThat(finding.args()).containsExactly("apne1-az4", "ap-northeast-1", "us-east-1");
    }
}
