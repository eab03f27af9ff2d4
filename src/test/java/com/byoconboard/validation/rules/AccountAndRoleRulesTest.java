package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs.AccountKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Severity;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.Test;

import static com.byoconboard.validation.rules.RuleTesting.check;
import static com.byoconboard.validation.rules.RuleTesting.fixText;
import static com.byoconboard.validation.rules.RuleTesting.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the Account, Region and Bootstrap role steps. */
class AccountAndRoleRulesTest {

    private final com.byoconboard.onboarding.OnboardingInputs valid = ValidInputs.newVpc();

    @Test
    void anAccountIdPastedWithDashesIsOfferedAsTwelveDigits() {
        var finding = only(new AccountIdFormat(), valid.withAccount(a -> a.withAccountId("1234-5678-9012")));
        assertThat(finding.messageKey()).isEqualTo("rule.ACC-001.separators");
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE)).isEqualTo("123456789012");
    }

    @Test
    void anAccountIdOfElevenDigitsSaysHowManyItHas() {
        var finding = only(new AccountIdFormat(), valid.withAccount(a -> a.withAccountId("12345678901")));
        assertThat(finding.args()).containsExactly(11);
        assertThat(check(new AccountIdFormat(), valid)).isEmpty();
    }

    @Test
    void anEmailWithADisplayNameIsOfferedAsTheBareAddress() {
        var finding = only(new AdminEmailFormat(), valid.withAccount(a -> a.withAdminEmail("Ops <ops@example.co.jp>")));
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE)).isEqualTo("ops@example.co.jp");
        assertThat(check(new AdminEmailFormat(), valid.withAccount(a -> a.withAdminEmail("o'brien+byoc@mail.example.com")))).isEmpty();
    }

    @Test
    void anOrganizationNameWithSurroundingSpacesIsOnlyAWarning() {
        var finding = only(new OrganizationNameValid(), valid.withAccount(a -> a.withOrganizationName(" 株式会社サンプル ")));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE)).isEqualTo("株式会社サンプル");
        assertThat(check(new OrganizationNameValid(), valid.withAccount(a -> a.withOrganizationName("x".repeat(100))))).isEmpty();
    }

    @Test
    void aSharedAccountSuggestsAnExistingVpcOnlyWhileANewOneIsChosen() {
        var shared = valid.withAccount(a -> a.withKind(AccountKind.SHARED));
        assertThat(only(new SharedAccountNote(), shared).severity()).isEqualTo(Severity.INFO);
        assertThat(check(new SharedAccountNote(), shared.withNetwork(n -> n.withMode(VpcMode.EXISTING_VPC)))).isEmpty();
    }

    @Test
    void anUnsupportedRegionListsTheSupportedOnes() {
        var finding = only(new RegionSupported(), valid.withRegion("us-west-1"));
        assertThat(finding.args()).containsExactly("us-west-1", "us-east-1, eu-west-1, ap-northeast-1");
    }

    @Test
    void aChosenRegionCarriesTheCannotChangeNotice() {
        assertThat(only(new RegionAndCidrPermanent(), valid).severity()).isEqualTo(Severity.INFO);
        assertThat(check(new RegionAndCidrPermanent(), valid.withRegion(""))).isEmpty();
    }

    @Test
    void anAssumedRoleSessionArnIsTurnedIntoTheRoleArn() {
        var finding = only(new RoleArnFormat(), valid.withBootstrapRole(r -> r.withRoleArn(
                "arn:aws:sts::123456789012:assumed-role/ClickHouseManagementRole/botocore-session-1")));
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE))
                .isEqualTo("arn:aws:iam::123456789012:role/ClickHouseManagementRole");
    }

    @Test
    void aMissingRoleArnComesWithTheCommandThatPrintsIt() {
        var finding = only(new RoleArnFormat(), valid.withBootstrapRole(r -> r.withRoleArn("")));
        assertThat(fixText(finding, Fix.Kind.AWS_CLI)).startsWith("aws iam get-role");
        assertThat(check(new RoleArnFormat(), valid.withBootstrapRole(r -> r.withRoleArn(
                "arn:aws:iam::123456789012:role/byoc/production/ClickHouseManagementRole")))).isEmpty();
    }

    @Test
    void aRoleOfAnotherAccountNamesBothAccounts() {
        var finding = only(new RoleInOnboardedAccount(), valid.withBootstrapRole(r -> r.withRoleArn("arn:aws:iam::210987654321:role/R")));
        assertThat(finding.args()).containsExactly("210987654321", "123456789012");
        assertThat(check(new RoleInOnboardedAccount(), valid)).isEmpty();
    }

    @Test
    void aPermissionsBoundaryMayBeAnAwsManagedPolicyOrOneOfTheAccount() {
        var rule = new PermissionsBoundaryArnFormat();
        assertThat(check(rule, valid)).isEmpty();
        assertThat(check(rule, valid.withBootstrapRole(r -> r.withPermissionsBoundaryArn("arn:aws:iam::aws:policy/PowerUserAccess")))).isEmpty();
        assertThat(check(rule, valid.withBootstrapRole(r -> r.withPermissionsBoundaryArn("arn:aws:iam::123456789012:policy/org/Boundary")))).isEmpty();
        assertThat(only(rule, valid.withBootstrapRole(r -> r.withPermissionsBoundaryArn("arn:aws:iam::210987654321:policy/B")))
                .messageKey()).isEqualTo("rule.ROLE-003.otherAccount");
    }
}
