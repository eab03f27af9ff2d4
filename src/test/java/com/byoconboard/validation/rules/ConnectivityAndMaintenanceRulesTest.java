package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Severity;
import com.byoconboard.validation.ValidInputs;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static com.byoconboard.validation.rules.RuleTesting.check;
import static com.byoconboard.validation.rules.RuleTesting.fixText;
import static com.byoconboard.validation.rules.RuleTesting.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the Private connectivity and Maintenance window steps. */
class ConnectivityAndMaintenanceRulesTest {

    private final OnboardingInputs peered = ValidInputs.peered();

    private static OnboardingInputs allowList(String... entries) {
        return ValidInputs.newVpc().withConnectivity(c -> c.withAllowList(List.of(entries)));
    }

    @Test
    void peersAreIgnoredWhilePeeringIsOff() {
        var off = peered.withConnectivity(c -> c.withPeeringEnabled(false).withPeer(0, p -> new VpcPeer("x", "y", "z")));
        for (var rule : List.of(new PeerAccountIdFormat(), new PeerVpcIdFormat(), new PeerCidrFormat(), new PeerCidrNoOverlap())) {
            assertThat(check(rule, off)).as(rule.id()).isEmpty();
            assertThat(check(rule, peered)).as(rule.id()).isEmpty();
        }
    }

    @Test
    void aPeerOverlappingTheByocVpcNamesBothNetworks() {
        var finding = only(new PeerCidrNoOverlap(), peered.withConnectivity(c -> c.withPeer(0, p -> p.withCidr("10.0.8.0/21"))));
        assertThat(finding.args()).containsExactly("10.0.8.0/21", "10.0.0.0/16");
    }

    @Test
    void peeringSwitchedOnWithoutAPeerIsAnError() {
        assertThat(only(new PeeringHasPeers(), peered.withConnectivity(c -> c.withPeers(List.of()))).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void ipv4AndIpv6AddressesAndNetworksAreAccepted() {
        assertThat(check(new AllowListEntryFormat(), allowList("203.0.113.7", "198.51.100.0/24", "2001:db8::1", "2001:db8::/32"))).isEmpty();
    }

    @Test
    void duplicatesAreRemovedKeepingTheFirstSpelling() {
        var finding = only(new AllowListDuplicates(), allowList("203.0.113.7", "198.51.100.0/24", "203.0.113.7/32"));
        assertThat(finding.field()).isEqualTo("connectivity.allowList");
        assertThat(fixText(finding, Fix.Kind.CORRECTED_VALUE)).isEqualTo("203.0.113.7\n198.51.100.0/24");
    }

    @Test
    void theWholeInternetAndPrivateRangesWarnOnTheirOwnEntry() {
        var open = only(new AllowListOpenToInternet(), allowList("203.0.113.7", "0.0.0.0/0"));
        assertThat(open.field()).isEqualTo("connectivity.allowList[1]");
        assertThat(open.severity()).isEqualTo(Severity.WARNING);
        assertThat(check(new AllowListPrivateRange(), allowList("0.0.0.0/0", "::/0", "203.0.113.0/24"))).isEmpty();
        assertThat(only(new AllowListPrivateRange(), allowList("10.1.2.3")).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void anEmptyAllowListMeansPrivateOnlyAndNeedsAPeer() {
        assertThat(only(new PrivateAccessOnly(), peered).severity()).isEqualTo(Severity.INFO);
        assertThat(check(new PrivateAccessNeedsPeering(), peered)).isEmpty();
        assertThat(only(new PrivateAccessNeedsPeering(), allowList()).severity()).isEqualTo(Severity.ERROR);
        assertThat(check(new PrivateAccessOnly(), allowList("203.0.113.7"))).isEmpty();
    }

    @Test
    void theGuidesExampleWindowIsFine() {
        var guide = ValidInputs.newVpc();
        for (var rule : List.of(new MaintenanceWeekdayChosen(), new MaintenanceStartChosen(), new MaintenanceTimeZoneValid(),
                new MaintenanceStartAcrossDst())) {
            assertThat(check(rule, guide)).as(rule.id()).isEmpty();
        }
    }

    @Test
    void anAbbreviationOrMiscasedZoneIsOfferedAsTheIanaName() {
        var rule = new MaintenanceTimeZoneValid();
        assertThat(fixText(only(rule, ValidInputs.newVpc().withMaintenance(m -> m.withTimeZone("JST"))), Fix.Kind.CORRECTED_VALUE))
                .isEqualTo("Asia/Tokyo");
        assertThat(fixText(only(rule, ValidInputs.newVpc().withMaintenance(m -> m.withTimeZone("europe/berlin"))),
                Fix.Kind.CORRECTED_VALUE)).isEqualTo("Europe/Berlin");
        assertThat(check(rule, ValidInputs.newVpc().withMaintenance(m -> m.withTimeZone("UTC")))).isEmpty();
    }

    @Test
    void aStartSkippedBySpringForwardSaysWhenTheWindowThenStarts() {
        var finding = only(new MaintenanceStartAcrossDst(), ValidInputs.newVpc().withMaintenance(m ->
                m.withWeekday(DayOfWeek.SUNDAY).withStartTime("02:15").withTimeZone("America/New_York")));
        assertThat(finding.args()).containsExactly("02:15", "03:15");
        assertThat(check(new MaintenanceStartAcrossDst(), ValidInputs.newVpc().withMaintenance(m ->
                m.withWeekday(DayOfWeek.SUNDAY).withStartTime("02:15").withTimeZone("Asia/Tokyo")))).isEmpty();
    }
}
