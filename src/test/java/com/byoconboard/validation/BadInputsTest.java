package com.byoconboard.validation;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingInputs.AccountKind;
import com.byoconboard.onboarding.OnboardingInputs.VpcPeer;
import com.byoconboard.validation.ExistingVpcFacts.RouteTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A table of bad inputs across every field: each is caught by its own rule with its own message key (never a
 * generic "invalid"), and none makes validation throw.
 */
class BadInputsTest {

    private static final OnboardingValidator VALIDATOR = ValidInputs.validator();

    /** One spoiled field (or fact read from the account), the rule that must catch it, and the message it must answer with. */
    record Case(String what, OnboardingInputs inputs, Optional<ExistingVpcFacts> account, String ruleId, String variant) {
        String messageKey() {
            return "rule." + ruleId + "." + variant;
        }

        @Override
        public String toString() {
            return ruleId + "." + variant + " ← " + what;
        }
    }

    static List<Case> cases() {
        var t = new Table();
        var newVpc = ValidInputs.newVpc();
        var existing = ValidInputs.existingVpc();
        var peered = ValidInputs.peered();

        for (String[] row : new String[][] {{"", "required"}, {"   ", "required"}, {"12345678901", "format"},
                {"1234567890123", "format"}, {"1234 5678 9012", "separators"}, {"1234-5678-9012", "separators"},
                {" 123456789012 ", "separators"}, {"abcdefghijkl", "nonDigits"}, {"12345678901a", "nonDigits"},
                {"1234_5678_9012", "nonDigits"}, {"arn:aws:iam::123456789012:root", "nonDigits"}, {"0", "format"},
                {"1234-5678-901", "format"}, {"1234567890\u200B12", "nonDigits"}, {"１２３４５６７８９０１２", "nonDigits"},
                {"12345678901O", "nonDigits"}, {"000000000000", "reserved"}, {"0000-0000-0000", "separators"}}) {
            t.add("account ID " + row[0], newVpc.withAccount(a -> a.withAccountId(row[0])), "ACC-001", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"  ", "required"}, {"platform", "format"},
                {"platform@", "format"}, {"@example.com", "format"}, {"platform@example", "format"},
                {"platform@@example.com", "format"}, {"platform example.com", "format"},
                {"Platform Team <platform@example.com>", "displayName"}, {" platform@example.com", "whitespace"},
                {"platform@example.com ", "whitespace"}, {"platform@exa mple.com", "format"},
                {"platform@.example.com", "format"}, {"platform@example.c", "format"},
                {"p".repeat(65) + "@example.com", "localPartTooLong"}}) {
            t.add("e-mail " + row[0], newVpc.withAccount(a -> a.withAdminEmail(row[0])), "ACC-002", row[1]);
        }
        t.add("a 306-character e-mail address", newVpc.withAccount(a -> a.withAdminEmail(LONG_EMAIL)), "LIM-002", "email");
        for (String[] row : new String[][] {{"", "required"}, {"   ", "required"}, {"Evil<script>", "characters"},
                {" Example Corp", "whitespace"}}) {
            t.add("organization " + row[0], newVpc.withAccount(a -> a.withOrganizationName(row[0])), "ACC-003", row[1]);
        }
        for (String name : List.of("x".repeat(101), "x".repeat(100_000))) {
            t.add("organization of " + name.length() + " characters", newVpc.withAccount(a -> a.withOrganizationName(name)),
                    "LIM-002", "organizationName");
        }
        for (String name : List.of("Line\nBreak", "Tab\tCorp", "\u202EproC elpmaxE", "Example\u0000Corp", "Example\u200BCorp",
                "\uFEFFExample Corp", "Example\u2066Corp\u2069")) {
            t.add("organization " + name, newVpc.withAccount(a -> a.withOrganizationName(name)), "TXT-001", "invisible");
        }
        t.add("shared account with a new VPC", newVpc.withAccount(a -> a.withKind(AccountKind.SHARED)), "ACC-004", "sharedNewVpc");

        for (String[] row : new String[][] {{"", "required"}, {"us-west-1", "unsupported"}, {"US-EAST-1", "unsupported"},
                {"us-east-1 ", "unsupported"}, {"mars-1", "unsupported"}, {"eu-west-2", "unsupported"}}) {
            t.add("region " + row[0], newVpc.withRegion(row[0]), "REG-001", row[1]);
        }
        t.add("any chosen region", newVpc, "REG-002", "permanent");

        String role = "arn:aws:iam::123456789012:role/ClickHouseManagementRole";
        for (String[] row : new String[][] {{"", "required"}, {" " + role + " ", "whitespace"},
                {"arn:aws:sts::123456789012:assumed-role/ClickHouseManagementRole/session-1", "assumedRole"},
                {"arn:aws-cn:iam::123456789012:role/ClickHouseManagementRole", "partition"},
                {"arn:aws-us-gov:iam::123456789012:role/ClickHouseManagementRole", "partition"},
                {"arn:aws:iam::123456789012:user/alice", "notRole"}, {"arn:aws:iam::123456789012:policy/P", "notRole"},
                {"arn:aws:iam::123456789012:instance-profile/P", "notRole"}, {"ClickHouseManagementRole", "format"},
                {"arn:aws:iam::12345678901:role/ClickHouseManagementRole", "format"},
                {"arn:aws:iam:us-east-1:123456789012:role/ClickHouseManagementRole", "format"},
                {"arn:aws:iam::123456789012:role/", "format"}, {"arn:aws:iam::123456789012:role/" + "r".repeat(65), "format"}}) {
            t.add("role ARN " + row[0], newVpc.withBootstrapRole(r -> r.withRoleArn(row[0])), "ROLE-001", row[1]);
        }
        t.add("role in another account", newVpc.withBootstrapRole(r -> r.withRoleArn("arn:aws:iam::210987654321:role/X")),
                "ROLE-002", "otherAccount");
        t.add("role with a path in another account",
                newVpc.withBootstrapRole(r -> r.withRoleArn("arn:aws:iam::210987654321:role/platform/X")), "ROLE-002", "otherAccount");
        t.add("account typed with dashes, role elsewhere", newVpc.withAccount(a -> a.withAccountId("1234-5678-9012"))
                .withBootstrapRole(r -> r.withRoleArn("arn:aws:iam::210987654321:role/X")), "ROLE-002", "otherAccount");
        for (String[] row : new String[][] {{role, "notPolicy"}, {"boundary", "format"},
                {"arn:aws:iam::123456789012:policy/", "format"}, {"arn:aws:iam::210987654321:policy/B", "otherAccount"},
                {" arn:aws:iam::123456789012:policy/B", "whitespace"}, {"arn:aws:iam::aws:policy", "format"}}) {
            t.add("boundary " + row[0], newVpc.withBootstrapRole(r -> r.withPermissionsBoundaryArn(row[0])), "ROLE-003", row[1]);
        }
        t.add("new VPC without VPC write", newVpc.withBootstrapRole(r -> r.withAllowVpcWrite(false)), "ROLE-004", "onRole");
        for (String[] row : new String[][] {{"", "format"}, {"ab", "format"}, {"ClickHouse", "format"},
                {"clickhouse_cloud", "format"}, {"-acme", "format"}, {"acme-", "format"}, {"acme--data", "format"},
                {"1acme", "format"}, {"acme data", "format"}, {"a".repeat(29), "tooLong"}}) {
            t.add("name prefix " + row[0], newVpc.withBootstrapRole(r -> r.withResourceNamePrefix(row[0])), "ROLE-005", row[1]);
        }

        for (String[] row : new String[][] {{"", "required"}, {"  ", "required"}, {"10.0.0.0/33", "invalid"},
                {"10.0.0/16", "invalid"}, {"10.0.0.0/255.255.0.0", "invalid"}, {"10.0.0.0 /16", "invalid"},
                {"ten.zero", "invalid"}, {"010.0.0.0/16", "invalid"}, {"10.0.0.0/16/16", "invalid"},
                {"256.0.0.0/16", "invalid"}, {"10.0.0.0/-1", "invalid"}, {"2001:db8::/56", "ipv6"},
                {"10.0.0.0", "noPrefix"}, {"10.0.0.5/16", "hostBits"}, {"10.0.255.255/16", "hostBits"},
                {" 10.0.0.0/16", "whitespace"}, {"10.0.0.0/16 ", "whitespace"}}) {
            t.add("VPC CIDR " + row[0], newVpc.withNetwork(n -> n.withVpcCidr(row[0])), "NET-001", row[1]);
        }
        for (String[] row : new String[][] {{"10.0.0.0/24", "tooSmall"}, {"10.0.0.0/23", "tooSmall"},
                {"10.0.0.0/28", "tooSmall"}, {"10.0.0.0/32", "tooSmall"}, {"192.168.0.0/24", "tooSmall"},
                {"10.0.0.0/8", "tooLarge"}, {"10.0.0.0/15", "tooLarge"}, {"172.16.0.0/12", "tooLarge"}}) {
            t.add("VPC CIDR " + row[0], newVpc.withNetwork(n -> n.withVpcCidr(row[0])), "NET-002", row[1]);
        }
        for (String[] row : new String[][] {{"8.8.0.0/16", "public"}, {"52.0.0.0/16", "public"}, {"11.0.0.0/16", "public"},
                {"172.32.0.0/16", "public"}, {"192.169.0.0/16", "public"}, {"100.64.0.0/16", "sharedAddressSpace"},
                {"172.17.0.0/20", "dockerBridge"}}) {
            t.add("VPC CIDR " + row[0], newVpc.withNetwork(n -> n.withVpcCidr(row[0])), "NET-003", row[1]);
        }

        List<List<String>> azRows = List.of(List.of(), List.of("use1-az1"), List.of("use1-az1", "use1-az2"),
                List.of("use1-az1", "use1-az2", "use1-az4", "use1-az5"));
        List<String> azVariants = List.of("none", "count", "count", "count");
        for (int i = 0; i < azRows.size(); i++) {
            var azs = azRows.get(i);
            t.add("AZ IDs " + azs, newVpc.withNetwork(n -> n.withAzIds(azs)), "AZ-001", azVariants.get(i));
        }
        t.add("the same AZ twice", newVpc.withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az1", "use1-az2"))), "AZ-001", "duplicate");
        t.add("the same AZ thrice", newVpc.withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az1", "use1-az1"))), "AZ-001", "duplicate");
        for (String[] row : new String[][] {{"us-east-1a", "azName"}, {"us-east-1b", "azName"}, {"az1", "format"},
                {"USE1-AZ1", "format"}, {"use1 az1", "format"}, {"euw1-az1", "otherRegion"}, {"apne1-az1", "otherRegion"},
                {"use1-az9", "unknown"}}) {
            t.add("AZ ID " + row[0], newVpc.withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az2", row[0]))), "AZ-002", row[1]);
        }

        for (String[] row : new String[][] {{"", "required"}, {"VPC-0A1B2C3D", "corrected"}, {" vpc-0a1b2c3d ", "corrected"},
                {"subnet-0a1b2c3d", "otherKind"}, {"vpc-0a1b2c3", "format"}, {"vpc-xyz12345", "format"},
                {"0a1b2c3d4e5f67890", "format"}, {"vpc-0a1b2c3d4e5f6789", "format"}}) {
            t.add("existing VPC ID " + row[0], existing.withNetwork(n -> n.withExistingVpcId(row[0])), "EVPC-001", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"vpc-cidr", "invalid"}, {"10.1.0.0", "noPrefix"},
                {"10.1.0.5/16", "hostBits"}, {"fd00::/48", "ipv6"}, {"10.0.0.0/8", "awsLimits"}, {"10.1.0.0/29", "awsLimits"},
                {" 10.1.0.0/16", "whitespace"}}) {
            t.add("existing VPC CIDR " + row[0], existing.withNetwork(n -> n.withExistingVpcCidr(row[0])), "EVPC-002", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"SUBNET-0123ABCD", "corrected"}, {"vpc-0123abcd", "otherKind"},
                {"subnet-012", "format"}, {"subnet-0123456789abcdefg", "format"}, {"subnet-0123456789abcdef1", "duplicate"}}) {
            t.add("subnet ID " + row[0], existing.withNetwork(n -> n.withExistingSubnet(2, s -> s.withSubnetId(row[0]))),
                    "EVPC-003", row[1]);
        }
        var subnets = existing.network().existingSubnets();
        t.add("two subnets", existing.withNetwork(n -> n.withExistingSubnets(subnets.subList(0, 2))), "EVPC-004", "tooFew");
        t.add("one subnet", existing.withNetwork(n -> n.withExistingSubnets(subnets.subList(0, 1))), "EVPC-004", "tooFew");
        t.add("no subnets", existing.withNetwork(n -> n.withExistingSubnets(List.of())), "EVPC-004", "tooFew");
        t.add("three subnets in two AZs", existing.withNetwork(n -> n.withExistingSubnet(2, s -> s.withAzId("use1-az1"))),
                "EVPC-004", "tooFewAzs");
        t.add("three subnets in one AZ", existing.withNetwork(n -> n.withExistingSubnet(1, s -> s.withAzId("use1-az1"))
                .withExistingSubnet(2, s -> s.withAzId("use1-az1"))), "EVPC-004", "tooFewAzs");
        for (String[] row : new String[][] {{"", "required"}, {"us-east-1a", "azName"}, {"az1", "format"},
                {"euw1-az1", "otherRegion"}, {"use1-az9", "unknown"}}) {
            t.add("subnet AZ ID " + row[0], existing.withNetwork(n -> n.withExistingSubnet(0, s -> s.withAzId(row[0]))),
                    "EVPC-005", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"10.1.0.0", "noPrefix"}, {"10.1.0.1/23", "hostBits"},
                {"2001:db8::/64", "ipv6"}, {"10.1.0.0/33", "invalid"}, {"subnet", "invalid"}, {" 10.1.0.0/23", "whitespace"}}) {
            t.add("subnet CIDR " + row[0], existing.withNetwork(n -> n.withExistingSubnet(0, s -> s.withCidr(row[0]))),
                    "EVPC-006", row[1]);
        }
        for (String cidr : List.of("10.1.0.0/24", "10.1.0.0/26", "10.1.0.0/28", "10.1.0.0/32")) {
            t.add("subnet CIDR " + cidr, existing.withNetwork(n -> n.withExistingSubnet(0, s -> s.withCidr(cidr))),
                    "EVPC-007", "tooSmall");
        }
        t.add("subnet outside the VPC", existing.withNetwork(n -> n.withExistingSubnet(0, s -> s.withCidr("10.2.0.0/23"))),
                "EVPC-008", "outside");
        t.add("subnet in another private range", existing.withNetwork(n -> n.withExistingSubnet(0, s -> s.withCidr("192.168.0.0/23"))),
                "EVPC-008", "outside");
        t.add("subnet just past a /20 VPC", existing.withNetwork(n -> n.withExistingVpcCidr("10.1.0.0/20")
                .withExistingSubnet(2, s -> s.withCidr("10.1.16.0/23"))), "EVPC-008", "outside");
        t.add("subnet containing another", existing.withNetwork(n -> n.withExistingSubnet(1, s -> s.withCidr("10.1.0.0/22"))),
                "EVPC-009", "overlap");
        t.add("subnet as large as the VPC", existing.withNetwork(n -> n.withExistingSubnet(2, s -> s.withCidr("10.1.0.0/16"))),
                "EVPC-009", "overlap");
        t.add("two subnets with one CIDR", existing.withNetwork(n -> n.withExistingSubnet(2, s -> s.withCidr("10.1.2.0/23"))),
                "EVPC-009", "overlap");
        t.add("existing subnets to prepare", existing, "EVPC-010", "prepare");
        var facts = ValidInputs.existingVpcFacts();
        t.inAccount("a /24 subnet in the account typed as /23", existing,
                ValidInputs.existingVpcFacts(2, s -> ValidInputs.withCidr(s, "10.1.4.0/24")), "EVPC-007", "tooSmall");
        t.inAccount("subnets in two AZs in the account", existing,
                ValidInputs.existingVpcFacts(2, s -> ValidInputs.withAzId(s, "use1-az1")), "EVPC-004", "tooFewAzs");
        t.inAccount("a subnet outside the VPC in the account", existing,
                ValidInputs.existingVpcFacts(0, s -> ValidInputs.withCidr(s, "10.9.0.0/23")), "EVPC-008", "outside");
        t.inAccount("a subnet without the internal-elb tag", existing, ValidInputs.existingVpcFacts(1, ValidInputs::untagged),
                "EVPC-010", "untagged");
        t.inAccount("a VPC without an S3 gateway endpoint", existing,
                new ExistingVpcFacts(facts.vpcId(), facts.vpcCidr(), facts.subnets(), List.of()), "EVPC-010", "noS3Endpoint");
        for (RouteTarget target : List.of(RouteTarget.NONE, RouteTarget.OTHER)) {
            t.inAccount("a subnet whose default route goes to " + target, existing, ValidInputs.existingVpcFacts(0,
                    s -> ValidInputs.routedTo(s, s.routeTableId(), target)), "EVPC-011", "noEgress");
        }

        for (String[] row : new String[][] {{"", "required"}, {"2109 8765 4321", "separators"}, {"2109-8765-4321", "separators"},
                {"21098765432", "format"}, {"abc", "nonDigits"}, {"21098765432\u200B1", "nonDigits"},
                {"000000000000", "reserved"}}) {
            t.add("peer account " + row[0], peered.withConnectivity(c -> c.withPeer(0, p -> p.withAccountId(row[0]))), "PEER-001", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"VPC-0FEDCBA9", "corrected"}, {"subnet-0fedcba9", "otherKind"},
                {"vpc-123", "format"}, {"vpc0fedcba9", "format"}}) {
            t.add("peer VPC " + row[0], peered.withConnectivity(c -> c.withPeer(0, p -> p.withVpcId(row[0]))), "PEER-002", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"172.16.0.0", "noPrefix"}, {"172.16.0.1/16", "hostBits"},
                {"2001:db8::/48", "ipv6"}, {"172.16/16", "invalid"}, {" 172.16.0.0/16 ", "whitespace"}}) {
            t.add("peer CIDR " + row[0], peered.withConnectivity(c -> c.withPeer(0, p -> p.withCidr(row[0]))), "PEER-003", row[1]);
        }
        for (String cidr : List.of("10.0.0.0/16", "10.0.128.0/20", "10.0.0.0/8")) {
            t.add("peer CIDR " + cidr, peered.withConnectivity(c -> c.withPeer(0, p -> p.withCidr(cidr))), "PEER-004", "byocVpc");
        }
        t.add("two overlapping peers", peered.withConnectivity(c -> c.withPeer(1,
                p -> new VpcPeer("210987654321", "vpc-0fedcba9876543211", "172.16.128.0/17"))), "PEER-004", "otherPeer");
        t.add("peer overlapping the existing VPC", existing.withConnectivity(c -> peered.connectivity()
                .withPeer(0, p -> p.withCidr("10.1.0.0/24"))), "PEER-004", "byocVpc");
        t.add("peer in the BYOC account itself", peered.withConnectivity(c -> c.withPeer(0, p -> p.withAccountId("123456789012"))),
                "PEER-010", "sameAccount");
        t.add("peer in the BYOC account typed with dashes", peered.withConnectivity(c -> c.withPeer(0,
                p -> p.withAccountId("1234-5678-9012"))), "PEER-010", "sameAccount");
        t.add("peering without peers", newVpc.withConnectivity(c -> c.withPeeringEnabled(true)), "PEER-005", "none");
        for (String region : List.of("Europe", "eu-west", "EU-WEST-1")) {
            t.add("peer region " + region, peered.withConnectivity(c -> c.withPeer(0, p -> p.withRegion(region))), "PEER-006", "format");
        }
        t.add("peer region in GovCloud", peered.withConnectivity(c -> c.withPeer(0, p -> p.withRegion("us-gov-west-1"))),
                "PEER-006", "partition");
        t.add("peer in the BYOC region", peered, "PEER-007", "sameRegion");
        t.add("peer in another region", peered.withConnectivity(c -> c.withPeer(0, p -> p.withRegion("eu-west-1"))),
                "PEER-007", "interRegion");
        t.add("public load balancer removed without a peer", newVpc.withConnectivity(c -> c.withRemovePublicLoadBalancer(true)),
                "PEER-008", "noPeer");
        t.add("peering with a role without VPC write", peered.withBootstrapRole(r -> r.withAllowVpcWrite(false)),
                "PEER-009", "onPeers");
        t.add("public load balancer removed with a peer", peered.withConnectivity(c -> c.withRemovePublicLoadBalancer(true)),
                "PEER-008", "stopsWorking");

        for (String[] row : new String[][] {{"not-an-ip", "invalid"}, {"203.0.113.300", "invalid"}, {"203.0.113.0/33", "invalid"},
                {"203.0.113.0/", "invalid"}, {"*", "invalid"}, {"203.0.113.0-203.0.113.9", "invalid"}, {"example.com", "invalid"},
                {"203.0.113.7/24", "hostBits"}, {"2001:db8::1/32", "hostBits"}}) {
            t.add("allow-list entry " + row[0], allowList(newVpc, "198.51.100.7", row[0]), "ALLOW-001", row[1]);
        }
        t.add("the same address twice", allowList(newVpc, "203.0.113.7", "203.0.113.7"), "ALLOW-002", "duplicates");
        t.add("an address and its /32", allowList(newVpc, "203.0.113.7", "203.0.113.7/32"), "ALLOW-002", "duplicates");
        t.add("IPv6 in two spellings", allowList(newVpc, "2001:db8::/32", "2001:DB8:0::/32"), "ALLOW-002", "duplicates");
        t.add("the whole IPv4 internet", allowList(newVpc, "0.0.0.0/0"), "ALLOW-003", "anyAddress");
        t.add("the whole IPv6 internet", allowList(newVpc, "::/0"), "ALLOW-003", "anyAddress");
        for (String entry : List.of("10.0.0.0/8", "192.168.1.10", "172.16.5.0/24", "100.64.0.0/10", "fd00::/8")) {
            t.add("allow-list entry " + entry, allowList(newVpc, entry), "ALLOW-004", "nonPublic");
        }
        t.add("empty allow-list with peering", peered, "ALLOW-005", "privateOnly");
        t.add("empty allow-list, no peering", allowList(newVpc), "ALLOW-006", "unreachable");
        t.add("empty allow-list, peering on but no peer", allowList(newVpc).withConnectivity(c -> c.withPeeringEnabled(true)),
                "ALLOW-006", "unreachable");

        for (String[] row : new String[][] {{"127.0.0.1", "loopback"}, {"::1", "loopback"}, {"169.254.169.254", "linkLocal"},
                {"fe80::1", "linkLocal"}, {"224.0.0.1", "multicast"}, {"239.255.255.250/32", "multicast"}, {"ff02::1", "multicast"},
                {"0.0.0.0", "thisNetwork"}, {"255.255.255.255", "futureUse"}, {"240.0.0.0/8", "futureUse"}}) {
            t.add("allow-list entry " + row[0], allowList(newVpc, "198.51.100.7", row[0]), "CIDR-001", row[1]);
        }
        for (String[] row : new String[][] {{"224.0.0.0/16", "multicast"}, {"239.1.0.0/16", "multicast"},
                {"127.0.0.0/16", "loopback"}, {"169.254.0.0/16", "linkLocal"}, {"0.0.0.0/16", "thisNetwork"},
                {"240.0.0.0/16", "futureUse"}, {"255.255.0.0/16", "futureUse"}}) {
            t.add("VPC CIDR " + row[0], newVpc.withNetwork(n -> n.withVpcCidr(row[0])), "CIDR-001", row[1]);
        }
        t.add("existing VPC CIDR in loopback", existing.withNetwork(n -> n.withExistingVpcCidr("127.1.0.0/16")), "CIDR-001", "loopback");
        t.add("subnet in link-local", existing.withNetwork(n -> n.withExistingSubnet(0, s -> s.withCidr("169.254.0.0/23"))),
                "CIDR-001", "linkLocal");
        t.add("peer CIDR in multicast", peered.withConnectivity(c -> c.withPeer(0, p -> p.withCidr("224.1.0.0/16"))),
                "CIDR-001", "multicast");

        t.add("an allow-list of 1001 entries", allowList(newVpc, addresses(1001)), "LIM-001", "allowList");
        t.add("an allow-list of 5000 entries", allowList(newVpc, addresses(5000)), "LIM-001", "allowList");
        t.add("17 subnets", existing.withNetwork(n -> n.withExistingSubnets(java.util.Collections.nCopies(17, subnets.getFirst()))),
                "LIM-001", "subnets");
        t.add("51 peers", peered.withConnectivity(c -> c.withPeers(java.util.Collections.nCopies(51, peered.connectivity().peers().getFirst()))),
                "LIM-001", "peers");
        t.add("7 AZ IDs", newVpc.withNetwork(n -> n.withAzIds(List.of("use1-az1", "use1-az2", "use1-az3", "use1-az4",
                "use1-az5", "use1-az6", "use1-az7"))), "LIM-001", "azIds");
        t.add("a VPC CIDR of 101 characters", newVpc.withNetwork(n -> n.withVpcCidr("1".repeat(101))), "LIM-002", "tooLong");
        t.add("a role ARN of 2049 characters", newVpc.withBootstrapRole(r -> r.withRoleArn(
                "arn:aws:iam::123456789012:role/" + "r".repeat(2018))), "LIM-002", "tooLong");
        t.add("an allow-list entry of 101 characters", allowList(newVpc, "2".repeat(101)), "LIM-002", "tooLong");
        t.add("a time zone of 101 characters", newVpc.withMaintenance(m -> m.withTimeZone("Z".repeat(101))), "LIM-002", "tooLong");

        t.add("zero-width space in the VPC CIDR", newVpc.withNetwork(n -> n.withVpcCidr("10.0.0.0/16\u200B")), "TXT-001", "invisible");
        t.add("byte-order mark before the role ARN", newVpc.withBootstrapRole(r -> r.withRoleArn(
                "\uFEFFarn:aws:iam::123456789012:role/ClickHouseManagementRole")), "TXT-001", "invisible");
        t.add("left-to-right mark in an allow-list entry", allowList(newVpc, "203.0.113.7\u200E"), "TXT-001", "invisible");
        t.add("NUL in a peer VPC ID", peered.withConnectivity(c -> c.withPeer(0, p -> p.withVpcId("vpc-0fedcba9\u0000"))),
                "TXT-001", "invisible");
        t.add("zero-width space in a subnet ID", existing.withNetwork(n -> n.withExistingSubnet(1,
                s -> s.withSubnetId("subnet-0123456789abcdef1\u200B"))), "TXT-001", "invisible");
        t.add("right-to-left override in the time zone", newVpc.withMaintenance(m -> m.withTimeZone("\u202EAsia/Tokyo")),
                "TXT-001", "invisible");
        t.add("zero-width space in the region", newVpc.withRegion("us-east-1\u200B"), "TXT-001", "invisible");
        t.add("vertical tab in the start time", newVpc.withMaintenance(m -> m.withStartTime("01:00\u000B")), "TXT-001", "invisible");

        t.add("no weekday", newVpc.withMaintenance(m -> m.withWeekday(null)), "MW-001", "required");
        t.add("no start time", newVpc.withMaintenance(m -> m.withStartTime(null)), "MW-002", "required");
        for (String[] row : new String[][] {{"01:00:30", "wholeMinutes"}, {"25:00", "hourRange"}, {"24:00", "hourRange"},
                {"13:00 PM", "hourRange"}, {"1:60", "minuteRange"}, {"01:75", "minuteRange"}, {"1:00 PM PDT", "twelveHour"},
                {"1pm", "twelveHour"}, {"12:30 a.m.", "twelveHour"}, {"01:00 PST", "withZone"},
                {"1:00 America/Los_Angeles", "withZone"}, {"noon", "format"}, {"soon", "format"}, {"0100", "format"},
                {"1", "format"}, {"   ", "required"}}) {
            t.add("start time " + row[0], newVpc.withMaintenance(m -> m.withStartTime(row[0])), "MW-002", row[1]);
        }
        for (String[] row : new String[][] {{"", "required"}, {"PST", "abbreviation"}, {"JST", "abbreviation"},
                {"asia/tokyo", "spelling"}, {"america/los angeles", "spelling"}, {"Mars/Olympus", "unknown"},
                {"Pacific Time", "unknown"}, {"+09:00", "fixedOffset"}, {"Etc/GMT-9", "fixedOffset"}, {"GMT+9", "fixedOffset"},
                {" Asia/Tokyo", "whitespace"}}) {
            t.add("time zone " + row[0], newVpc.withMaintenance(m -> m.withTimeZone(row[0])), "MW-003", row[1]);
        }
        t.add("Sunday 02:30 in Los Angeles", window(newVpc, DayOfWeek.SUNDAY, 2, 30, "America/Los_Angeles"), "MW-004", "gap");
        t.add("Sunday 01:30 in Los Angeles", window(newVpc, DayOfWeek.SUNDAY, 1, 30, "America/Los_Angeles"), "MW-004", "overlap");
        t.add("Sunday 02:00 in Berlin", window(newVpc, DayOfWeek.SUNDAY, 2, 0, "Europe/Berlin"), "MW-004", "gap");
        return t.cases;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachBadInputIsCaughtByItsOwnRuleWithItsOwnMessage(Case c) {
        var report = c.account().map(facts -> VALIDATOR.checkAgainstAccount(c.inputs(), facts))
                .orElseGet(() -> VALIDATOR.validate(c.inputs()));
        assertThat(report.findings())
                .as("findings for %s", c.what())
                .anySatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo(c.ruleId());
                    assertThat(f.messageKey()).isEqualTo(c.messageKey());
                });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void noBadInputMakesTheSubmitGateThrow(Case c) {
        assertThatCode(() -> VALIDATOR.blockingRuleIds(c.inputs())).doesNotThrowAnyException();
    }

    @Test
    void theTableHoldsAtLeast150BadInputsAndCoversEveryRule() {
        var cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        Set<String> covered = cases.stream().map(Case::ruleId).collect(Collectors.toSet());
        assertThat(covered).containsAll(VALIDATOR.rules().stream().map(Rule::id).toList());
    }

    @Test
    void theLongEmailAddressIs306Characters() {
        assertThat(LONG_EMAIL).hasSize(306);
    }

    @Test
    void aCharacterThatIsNoDigitIsNamedNotCounted() {
        assertThat(argsOf(ValidInputs.newVpc().withAccount(a -> a.withAccountId("12345678901a")), "rule.ACC-001.nonDigits"))
                .containsExactly("“a”", 12);
        assertThat(argsOf(ValidInputs.newVpc().withAccount(a -> a.withAccountId("1234567890\u200B12")), "rule.ACC-001.nonDigits"))
                .containsExactly("U+200B ZERO WIDTH SPACE", 11);
    }

    @Test
    void invisibleCharactersAreNamedByCodePointWithTheValueWithoutThemAsFix() {
        var spoofed = ValidInputs.newVpc().withAccount(a -> a.withOrganizationName("\u202EproC elpmaxE"));
        assertThat(argsOf(spoofed, "rule.TXT-001.invisible")).containsExactly("U+202E RIGHT-TO-LEFT OVERRIDE", 1, 1L);
        assertThat(VALIDATOR.validate(spoofed).forField("account.organizationName"))
                .filteredOn(f -> f.ruleId().equals("TXT-001")).singleElement()
                .satisfies(f -> assertThat(f.fix()).hasValueSatisfying(fix -> assertThat(fix.text()).isEqualTo("proC elpmaxE")));
        var nul = ValidInputs.newVpc().withAccount(a -> a.withOrganizationName("Example\u0000Corp\u0000"));
        assertThat(argsOf(nul, "rule.TXT-001.invisible")).containsExactly("U+0000 NULL", 8, 2L);
    }

    @Test
    void reservedRangesAreNamedAndNeverCalledPublic() {
        for (String cidr : List.of("224.0.0.0/16", "127.0.0.0/16", "169.254.0.0/16", "0.0.0.0/16", "240.0.0.0/16")) {
            var report = VALIDATOR.validate(ValidInputs.newVpc().withNetwork(n -> n.withVpcCidr(cidr)));
            assertThat(report.findings()).as(cidr).noneMatch(f -> f.messageKey().equals("rule.NET-003.public"))
                    .anyMatch(f -> f.ruleId().equals("CIDR-001"));
        }
        assertThat(argsOf(ValidInputs.newVpc().withConnectivity(c -> c.withAllowList(List.of("224.0.0.1"))),
                "rule.CIDR-001.multicast")).containsExactly("224.0.0.1", "224.0.0.0/4");
    }

    @Test
    void aTwelveHourTimeIsExplainedWithItsTwentyFourHourTimeAsFixNotRewritten() {
        var typed = ValidInputs.newVpc().withMaintenance(m -> m.withStartTime("1:00 PM PDT"));
        assertThat(typed.maintenance().startTime()).isEqualTo("1:00 PM PDT");
        assertThat(typed.maintenance().start()).isEmpty();
        assertThat(VALIDATOR.validate(typed).forField("maintenance.startTime")).singleElement()
                .satisfies(f -> assertThat(f.fix()).hasValueSatisfying(fix -> assertThat(fix.text()).isEqualTo("13:00")));
    }

    @Test
    void onlyTheSaveRulesRefuseASaveAndAValidDraftPassesTheGate() {
        assertThat(VALIDATOR.refusingRuleIds(ValidInputs.newVpc().withAccount(a -> a.withOrganizationName("x".repeat(100_000)))))
                .containsExactly("LIM-002");
        assertThat(VALIDATOR.refusingRuleIds(ValidInputs.newVpc().withConnectivity(c -> c.withAllowList(List.of(addresses(5000))))))
                .containsExactly("LIM-001");
        assertThat(VALIDATOR.refusingRuleIds(ValidInputs.newVpc().withAccount(a -> a.withOrganizationName("\u202EEvil"))))
                .containsExactly("TXT-001");
        assertThat(VALIDATOR.refusingRuleIds(ValidInputs.newVpc().withAccount(a -> a.withAccountId("12345"))))
                .as("an error of any other rule is saved, to be fixed later").isEmpty();
        assertThat(VALIDATOR.refusingRuleIds(ValidInputs.newVpc().withConnectivity(c -> c.withAllowList(List.of(addresses(1000))))))
                .isEmpty();
    }

    private static List<Object> argsOf(OnboardingInputs inputs, String messageKey) {
        return VALIDATOR.validate(inputs).findings().stream().filter(f -> f.messageKey().equals(messageKey))
                .findFirst().orElseThrow(() -> new AssertionError("no " + messageKey)).args();
    }

    @Test
    void theValidFixturesBreakNoRule() {
        for (var inputs : List.of(ValidInputs.newVpc(), ValidInputs.existingVpc(), ValidInputs.peered())) {
            assertThat(VALIDATOR.validate(inputs).findings()).allMatch(f -> f.severity() == Severity.INFO);
        }
        assertThat(VALIDATOR.checkAgainstAccount(ValidInputs.existingVpc(), ValidInputs.existingVpcFacts()).findings()).isEmpty();
    }

    private static OnboardingInputs allowList(OnboardingInputs inputs, String... entries) {
        return inputs.withConnectivity(c -> c.withAllowList(List.of(entries)));
    }

    private static OnboardingInputs window(OnboardingInputs inputs, DayOfWeek day, int hour, int minute, String zone) {
        return inputs.withMaintenance(m -> m.withWeekday(day).withStartTime(LocalTime.of(hour, minute).toString())
                .withTimeZone(zone));
    }

    /** {@code count} different public addresses, one per line as a customer pastes them. */
    private static String[] addresses(int count) {
        return IntStream.range(0, count).mapToObj(i -> "198.51." + (i / 256) + "." + (i % 256)).toArray(String[]::new);
    }

    /** A well-formed address of 306 characters (every domain label within DNS's 63). */
    private static final String LONG_EMAIL = "platform@" + ("a".repeat(60) + ".").repeat(4) + "b".repeat(41) + ".example.com";

    private static final class Table {
        final List<Case> cases = new ArrayList<>();

        void add(String what, OnboardingInputs inputs, String ruleId, String variant) {
            cases.add(new Case(what, inputs, Optional.empty(), ruleId, variant));
        }

        /** A case pre-flight finds in the account, whatever was typed. */
        void inAccount(String what, OnboardingInputs inputs, ExistingVpcFacts account, String ruleId, String variant) {
            cases.add(new Case(what, inputs, Optional.of(account), ruleId, variant));
        }
    }
}
