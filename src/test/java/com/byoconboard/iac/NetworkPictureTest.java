package com.byoconboard.iac;

import com.byoconboard.iac.NetworkPicture.Gap;
import com.byoconboard.iac.NetworkPicture.Presence;
import com.byoconboard.iac.NetworkPicture.Source;
import com.byoconboard.iac.NetworkPicture.Tier;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import com.byoconboard.onboarding.OnboardingInputs.NatGateways;
import com.byoconboard.onboarding.OnboardingInputs.VpcMode;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.ui.Translations;
import com.byoconboard.validation.ExistingVpcFacts;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import com.byoconboard.validation.ExistingVpcFacts.SubnetFacts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkPictureTest {

    private static final Translations TRANSLATIONS = new Translations();

    @Test
    void aNewVpcShowsEachPlannedAzWithAPublicAndAPrivateSubnetAndANatGatewayInEach() {
        var picture = ready(IacFixtures.example(), Optional.empty(), Map.of());

        assertThat(picture.source()).isEqualTo(Source.PLAN);
        assertThat(picture.vpcCidr()).isEqualTo("10.0.0.0/16");
        assertThat(picture.zones()).extracting(NetworkPicture.Zone::azId).containsExactly("use1-az1", "use1-az2", "use1-az4");
        assertThat(picture.zones()).allSatisfy(z -> {
            assertThat(z.subnets()).extracting(NetworkPicture.Subnet::tier).containsExactly(Tier.PUBLIC, Tier.PRIVATE);
            assertThat(z.subnets().getFirst().natGateway()).isTrue();
        });
        assertThat(picture.zones().getFirst().subnets()).extracting(NetworkPicture.Subnet::cidr)
                .containsExactly("10.0.192.0/20", "10.0.0.0/18");
        assertThat(picture.internetGateway()).isTrue();
        assertThat(picture.s3Endpoint()).isEqualTo(Presence.PLANNED);
        assertThat(picture.natGateways()).isEqualTo(3);
        assertThat(picture.cluster()).startsWith("clickhouse-cloud");
    }

    @Test
    void aSingleNatGatewaySitsInTheFirstAzOnly() {
        var single = IacFixtures.onboarding(in -> IacFixtures.example().inputs()
                .withNetwork(n -> n.withNatGateways(NatGateways.SINGLE)));

        var picture = ready(single, Optional.empty(), Map.of());

        assertThat(picture.natGateways()).isEqualTo(1);
        assertThat(picture.zones()).extracting(z -> z.subnets().getFirst().natGateway()).containsExactly(true, false, false);
        assertThat(svg(picture)).containsOnlyOnce(">NAT</text>").contains("One NAT gateway, shared by every AZ");
    }

    @Test
    void azNamesLearnedFromTheAccountAreShownBesideTheIds() {
        var picture = ready(IacFixtures.example(), Optional.empty(), Map.of("use1-az1", "us-east-1b"));

        assertThat(picture.zones()).extracting(NetworkPicture.Zone::azName).containsExactly("us-east-1b", "", "");
        assertThat(svg(picture)).contains("AZ use1-az1 · us-east-1b in your account").contains(">AZ use1-az2</text>");
    }

    @Test
    void peeredVpcsAreDrawnWithTheirRoutesAndWithdrawnPeeringIsNot() {
        var peered = IacFixtures.onboarding(in -> IacFixtures.example().inputs().withConnectivity(c -> c
                .withPeeringEnabled(true).withPeers(List.of(new VpcPeer("222233334444", "vpc-0peer", "172.31.0.0/16")))));

        var picture = ready(peered, Optional.empty(), Map.of());

        assertThat(picture.peers()).containsExactly(new NetworkPicture.Peer("vpc-0peer", "172.31.0.0/16", "222233334444"));
        assertThat(svg(picture)).contains("data-peer=\"vpc-0peer\"").contains("route to 172.31.0.0/16 in every private route table")
                .contains("and to 10.0.0.0/16 in the peer");
        var switchedOff = IacFixtures.onboarding(in -> peered.inputs().withConnectivity(c -> c.withPeeringEnabled(false)));
        assertThat(ready(switchedOff, Optional.empty(), Map.of()).peers()).isEmpty();
    }

    @Test
    void aNewVpcWhoseCidrGivesNoPlanSaysWhyInsteadOfDrawing() {
        var bad = IacFixtures.onboarding(in -> IacFixtures.example().inputs().withNetwork(n -> n.withVpcCidr("10.0.0.0/24")));

        assertThat(NetworkPicture.of(bad, Optional.empty(), Map.of()))
                .isEqualTo(new NetworkPicture.NotReady("iac.vpc.unavailable.size", List.of("10.0.0.0/24", 16, 21)));
    }

    @Test
    void anExistingVpcIsDrawnAsTypedUntilCheckedThenAsFoundWithWhatIsMissingMarked() {
        var existing = IacFixtures.onboarding(in -> in.withRegion("us-east-1").withNetwork(n -> n
                .withMode(VpcMode.EXISTING_VPC).withExistingVpcId("vpc-0abc").withExistingVpcCidr("10.1.0.0/16")
                .withExistingSubnets(List.of(new ExistingSubnet("subnet-a", "use1-az1", "10.1.0.0/23"),
                        new ExistingSubnet("subnet-b", "use1-az2", "10.1.2.0/23"),
                        new ExistingSubnet("subnet-gone", "use1-az4", "10.1.4.0/23")))));

        var typed = ready(existing, Optional.empty(), Map.of());
        assertThat(typed.source()).isEqualTo(Source.AS_TYPED);
        assertThat(typed.s3Endpoint()).isEqualTo(Presence.UNCHECKED);
        assertThat(typed.internetGateway()).isFalse();
        assertThat(typed.zones()).allSatisfy(z -> assertThat(z.subnets()).allSatisfy(s -> assertThat(s.gaps()).isEmpty()));

        var facts = new ExistingVpcFacts("vpc-0abc", "10.1.0.0/16", List.of(
                new SubnetFacts("subnet-a", "use1-az1", "10.1.0.0/23", true, Optional.of("rtb-1"), RouteTarget.NAT_GATEWAY),
                new SubnetFacts("subnet-b", "use1-az2", "10.1.2.0/23", false, Optional.of("rtb-1"), RouteTarget.NONE)),
                List.of());
        var found = ready(existing, Optional.of(facts), Map.of());

        assertThat(found.source()).isEqualTo(Source.ACCOUNT);
        assertThat(found.s3Endpoint()).isEqualTo(Presence.MISSING);
        assertThat(found.zones()).extracting(z -> z.subnets().getFirst().gaps()).containsExactly(
                java.util.Set.of(), java.util.Set.of(Gap.INTERNAL_ELB_TAG, Gap.NO_DEFAULT_ROUTE), java.util.Set.of(Gap.NOT_FOUND));
        assertThat(svg(found)).contains("data-gaps=\"INTERNAL_ELB_TAG NO_DEFAULT_ROUTE\"")
                .contains("kubernetes.io/role/internal-elb=1").contains("data-s3=\"MISSING\"");
    }

    @Test
    void theSvgIsWellFormedXmlWithATitleADescriptionAndEveryTextEscaped() throws Exception {
        var odd = IacFixtures.onboarding(in -> IacFixtures.example().inputs().withConnectivity(c -> c.withPeeringEnabled(true)
                .withPeers(List.of(new VpcPeer("", "vpc-<script>&\"x'", "172.31.0.0/16")))));
        String svg = svg(ready(odd, Optional.empty(), Map.of()));

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("Network picture of the BYOC deployment");
        assertThat(root.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("New VPC 10.0.0.0/16")
                .contains("use1-az4").contains("vpc-<script>&\"x'");
        assertThat(svg).doesNotContain("<script>");
        assertThat(root.getElementsByTagNameNS("*", "g")).satisfies(groups -> assertThat(groups.getLength()).isGreaterThan(3));
    }

    @Test
    void theJapanesePictureIsInJapanese() {
        String svg = NetworkSvg.render(ready(IacFixtures.example(), Optional.empty(), Map.of()),
                (key, args) -> TRANSLATIONS.getTranslation(key, Locale.JAPANESE, args), "np");
        assertThat(svg).contains("新しい VPC 10.0.0.0/16").contains("プライベートサブネット").doesNotContain("!iac.");
    }

    @Test
    void thePlatformTeamsZipHoldsTheNetworkPicture() throws Exception {
        var onboarding = IacFixtures.example();
        byte[] zip = IacFixtures.GENERATOR.zip(onboarding);
        String svg = null;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(IacGenerator.ZIP_ROOT + IacGenerator.NETWORK_PICTURE)) {
                    var out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    svg = out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(svg).isEqualTo(NetworkSvg.render(ready(onboarding, Optional.empty(), Map.of()),
                (key, args) -> TRANSLATIONS.getTranslation(key, Locale.ENGLISH, args), "network"));
    }

    private static NetworkPicture ready(com.byoconboard.onboarding.Onboarding onboarding,
                                        Optional<ExistingVpcFacts> facts, Map<String, String> azNames) {
        var result = NetworkPicture.of(onboarding, facts, azNames);
        assertThat(result).isInstanceOf(NetworkPicture.Ready.class);
        return ((NetworkPicture.Ready) result).picture();
    }

    private static String svg(NetworkPicture picture) {
        return NetworkSvg.render(picture, (key, args) -> TRANSLATIONS.getTranslation(key, Locale.ENGLISH, args), "np");
    }
}
