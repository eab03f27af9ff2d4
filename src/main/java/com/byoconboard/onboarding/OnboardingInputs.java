package com.byoconboard.onboarding;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Everything the customer types into the wizard, exactly as typed: rules judge it, they never rewrite it
 * behind the customer's back. Immutable; each {@code with...} returns a changed copy.
 */
public record OnboardingInputs(
        Account account,
        String region,
        BootstrapRole bootstrapRole,
        Network network,
        PrivateConnectivity connectivity,
        MaintenanceWindow maintenance) {

    public static final String DEFAULT_VPC_CIDR = "10.0.0.0/16";
    /** The guide's prefix: the bootstrap role may manage EKS clusters, IAM roles and buckets whose names start with it. */
    public static final String DEFAULT_RESOURCE_NAME_PREFIX = "clickhouse-cloud";

    public OnboardingInputs {
        account = account == null ? Account.EMPTY : account;
        region = region == null ? "" : region;
        bootstrapRole = bootstrapRole == null ? BootstrapRole.EMPTY : bootstrapRole;
        network = network == null ? Network.DEFAULT : network;
        connectivity = connectivity == null ? PrivateConnectivity.NONE : connectivity;
        maintenance = maintenance == null ? MaintenanceWindow.DEFAULT : maintenance;
    }

    /** What a brand-new draft starts with: the guide's defaults, nothing else. */
    public static OnboardingInputs initial() {
        return new OnboardingInputs(null, null, null, null, null, null);
    }

    public OnboardingInputs withAccount(UnaryOperator<Account> change) {
        return new OnboardingInputs(change.apply(account), region, bootstrapRole, network, connectivity, maintenance);
    }

    public OnboardingInputs withRegion(String newRegion) {
        return new OnboardingInputs(account, newRegion, bootstrapRole, network, connectivity, maintenance);
    }

    public OnboardingInputs withBootstrapRole(UnaryOperator<BootstrapRole> change) {
        return new OnboardingInputs(account, region, change.apply(bootstrapRole), network, connectivity, maintenance);
    }

    public OnboardingInputs withNetwork(UnaryOperator<Network> change) {
        return new OnboardingInputs(account, region, bootstrapRole, change.apply(network), connectivity, maintenance);
    }

    public OnboardingInputs withConnectivity(UnaryOperator<PrivateConnectivity> change) {
        return new OnboardingInputs(account, region, bootstrapRole, network, change.apply(connectivity), maintenance);
    }

    public OnboardingInputs withMaintenance(UnaryOperator<MaintenanceWindow> change) {
        return new OnboardingInputs(account, region, bootstrapRole, network, connectivity, change.apply(maintenance));
    }

    /** Whether the AWS account hosts only this deployment (recommended) or is shared with other workloads. */
    public enum AccountKind { DEDICATED, SHARED }

    /** Who the customer is and which AWS account receives the deployment. */
    public record Account(String accountId, String adminEmail, String organizationName, AccountKind kind) {
        static final Account EMPTY = new Account("", "", "", AccountKind.DEDICATED);

        public Account {
            accountId = nullToEmpty(accountId);
            adminEmail = nullToEmpty(adminEmail);
            organizationName = nullToEmpty(organizationName);
            kind = kind == null ? AccountKind.DEDICATED : kind;
        }

        public Account withAccountId(String v) { return new Account(v, adminEmail, organizationName, kind); }
        public Account withAdminEmail(String v) { return new Account(accountId, v, organizationName, kind); }
        public Account withOrganizationName(String v) { return new Account(accountId, adminEmail, v, kind); }
        public Account withKind(AccountKind v) { return new Account(accountId, adminEmail, organizationName, v); }
    }

    /**
     * The cross-account role the vendor's controller assumes, created by the customer from our template,
     * and the least-privilege options that template is rendered with.
     *
     * @param resourceNamePrefix how the names of everything the vendor creates start (an advanced option); the
     *                           role's policy is scoped to it
     */
    public record BootstrapRole(String roleArn, String permissionsBoundaryArn, boolean allowVpcWrite,
                                boolean allowIamRoleCreation, String resourceNamePrefix) {
        static final BootstrapRole EMPTY = new BootstrapRole("", "", true, true, DEFAULT_RESOURCE_NAME_PREFIX);

        public BootstrapRole {
            roleArn = nullToEmpty(roleArn);
            permissionsBoundaryArn = nullToEmpty(permissionsBoundaryArn);
            // Drafts saved before the option existed used the guide's prefix.
            resourceNamePrefix = resourceNamePrefix == null ? DEFAULT_RESOURCE_NAME_PREFIX : resourceNamePrefix;
        }

        public BootstrapRole withRoleArn(String v) { return new BootstrapRole(v, permissionsBoundaryArn, allowVpcWrite, allowIamRoleCreation, resourceNamePrefix); }
        public BootstrapRole withPermissionsBoundaryArn(String v) { return new BootstrapRole(roleArn, v, allowVpcWrite, allowIamRoleCreation, resourceNamePrefix); }
        public BootstrapRole withAllowVpcWrite(boolean v) { return new BootstrapRole(roleArn, permissionsBoundaryArn, v, allowIamRoleCreation, resourceNamePrefix); }
        public BootstrapRole withAllowIamRoleCreation(boolean v) { return new BootstrapRole(roleArn, permissionsBoundaryArn, allowVpcWrite, v, resourceNamePrefix); }
        public BootstrapRole withResourceNamePrefix(String v) { return new BootstrapRole(roleArn, permissionsBoundaryArn, allowVpcWrite, allowIamRoleCreation, v); }
    }

    /** Who owns the VPC the deployment lives in. */
    public enum VpcMode { NEW_VPC, EXISTING_VPC }

    /**
     * How many NAT gateways a new VPC gets: one per AZ (an AZ outage cuts only that AZ's egress; three hourly
     * charges) or one shared (a third of the cost; egress of every AZ depends on one AZ).
     */
    public enum NatGateways { ONE_PER_AZ, SINGLE }

    /**
     * The network: either a new VPC the vendor creates, or a VPC the customer already has (then its CIDR tells
     * whether the subnets fit inside it and where free room is).
     */
    public record Network(VpcMode mode, String vpcCidr, List<String> azIds, NatGateways natGateways,
                          String existingVpcId, List<ExistingSubnet> existingSubnets, String existingVpcCidr) {
        static final Network DEFAULT = new Network(VpcMode.NEW_VPC, DEFAULT_VPC_CIDR, List.of(), NatGateways.ONE_PER_AZ,
                "", List.of(), "");

        public Network {
            mode = mode == null ? VpcMode.NEW_VPC : mode;
            vpcCidr = nullToEmpty(vpcCidr);
            azIds = azIds == null ? List.of() : List.copyOf(azIds);
            natGateways = natGateways == null ? NatGateways.ONE_PER_AZ : natGateways;
            existingVpcId = nullToEmpty(existingVpcId);
            existingSubnets = existingSubnets == null ? List.of() : List.copyOf(existingSubnets);
            existingVpcCidr = nullToEmpty(existingVpcCidr);
        }

        /** The BYOC VPC's CIDR: the new VPC's, or the existing VPC's. */
        public String byocCidr() {
            return mode == VpcMode.NEW_VPC ? vpcCidr : existingVpcCidr;
        }

        public Network withMode(VpcMode v) { return new Network(v, vpcCidr, azIds, natGateways, existingVpcId, existingSubnets, existingVpcCidr); }
        public Network withVpcCidr(String v) { return new Network(mode, v, azIds, natGateways, existingVpcId, existingSubnets, existingVpcCidr); }
        public Network withAzIds(List<String> v) { return new Network(mode, vpcCidr, v, natGateways, existingVpcId, existingSubnets, existingVpcCidr); }
        public Network withNatGateways(NatGateways v) { return new Network(mode, vpcCidr, azIds, v, existingVpcId, existingSubnets, existingVpcCidr); }
        public Network withExistingVpcId(String v) { return new Network(mode, vpcCidr, azIds, natGateways, v, existingSubnets, existingVpcCidr); }
        public Network withExistingSubnets(List<ExistingSubnet> v) { return new Network(mode, vpcCidr, azIds, natGateways, existingVpcId, v, existingVpcCidr); }
        public Network withExistingVpcCidr(String v) { return new Network(mode, vpcCidr, azIds, natGateways, existingVpcId, existingSubnets, v); }

        public Network withExistingSubnet(int index, UnaryOperator<ExistingSubnet> change) {
            return withExistingSubnets(withRow(existingSubnets, index, ExistingSubnet.EMPTY, change));
        }
    }

    /** One private subnet of an existing VPC that the customer hands over, as they describe it. */
    public record ExistingSubnet(String subnetId, String azId, String cidr) {
        public static final ExistingSubnet EMPTY = new ExistingSubnet("", "", "");

        public ExistingSubnet {
            subnetId = nullToEmpty(subnetId);
            azId = nullToEmpty(azId);
            cidr = nullToEmpty(cidr);
        }

        public ExistingSubnet withSubnetId(String v) { return new ExistingSubnet(v, azId, cidr); }
        public ExistingSubnet withAzId(String v) { return new ExistingSubnet(subnetId, v, cidr); }
        public ExistingSubnet withCidr(String v) { return new ExistingSubnet(subnetId, azId, v); }
    }

    /**
     * Optional VPC peering, the IP allow-list of the public endpoint, and whether the public load balancer is to be
     * removed once the peering works (the guide's last, optional step: then only peered VPCs reach the service).
     */
    public record PrivateConnectivity(boolean peeringEnabled, List<VpcPeer> peers, List<String> allowList,
                                      boolean removePublicLoadBalancer) {
        static final PrivateConnectivity NONE = new PrivateConnectivity(false, List.of(), List.of(), false);

        public PrivateConnectivity {
            peers = peers == null ? List.of() : List.copyOf(peers);
            allowList = allowList == null ? List.of() : List.copyOf(allowList);
        }

        /** The peers to connect: none while peering is switched off. */
        public List<VpcPeer> activePeers() {
            return peeringEnabled ? peers : List.of();
        }

        public PrivateConnectivity withPeeringEnabled(boolean v) { return new PrivateConnectivity(v, peers, allowList, removePublicLoadBalancer); }
        public PrivateConnectivity withPeers(List<VpcPeer> v) { return new PrivateConnectivity(peeringEnabled, v, allowList, removePublicLoadBalancer); }
        public PrivateConnectivity withAllowList(List<String> v) { return new PrivateConnectivity(peeringEnabled, peers, v, removePublicLoadBalancer); }
        public PrivateConnectivity withRemovePublicLoadBalancer(boolean v) { return new PrivateConnectivity(peeringEnabled, peers, allowList, v); }

        public PrivateConnectivity withPeer(int index, UnaryOperator<VpcPeer> change) {
            return withPeers(withRow(peers, index, VpcPeer.EMPTY, change));
        }

        /** One more VPC to peer with, peering switched on (a ready deployment's "add peer"). */
        public PrivateConnectivity withPeerAdded(VpcPeer peer) {
            var more = new ArrayList<>(activePeers());
            more.add(peer);
            return new PrivateConnectivity(true, more, allowList, removePublicLoadBalancer);
        }

        /** Without the peer of VPC {@code vpcId}; peering switches off with the last one (nothing left to peer). */
        public PrivateConnectivity withoutPeer(String vpcId) {
            var rest = activePeers().stream().filter(p -> !p.vpcId().equals(vpcId)).toList();
            return new PrivateConnectivity(!rest.isEmpty(), rest, allowList, removePublicLoadBalancer);
        }
    }

    /**
     * A VPC of the customer's that will be peered with the BYOC VPC.
     *
     * @param region the peer VPC's region; blank means the BYOC region (a same-region peering)
     */
    public record VpcPeer(String accountId, String vpcId, String cidr, String region) {
        public static final VpcPeer EMPTY = new VpcPeer("", "", "", "");

        public VpcPeer {
            accountId = nullToEmpty(accountId);
            vpcId = nullToEmpty(vpcId);
            cidr = nullToEmpty(cidr);
            region = nullToEmpty(region);
        }

        public VpcPeer(String accountId, String vpcId, String cidr) {
            this(accountId, vpcId, cidr, "");
        }

        /** The region the peer VPC is in: its own, or else the BYOC region. */
        public String regionOr(String byocRegion) {
            return region.isBlank() ? byocRegion : region;
        }

        public VpcPeer withAccountId(String v) { return new VpcPeer(v, vpcId, cidr, region); }
        public VpcPeer withVpcId(String v) { return new VpcPeer(accountId, v, cidr, region); }
        public VpcPeer withCidr(String v) { return new VpcPeer(accountId, vpcId, v, region); }
        public VpcPeer withRegion(String v) { return new VpcPeer(accountId, vpcId, cidr, v); }
    }

    /**
     * The weekly slot in which disruptive upgrades may run; the guide's example is Tuesday 01:00 Pacific time.
     *
     * @param startTime the start as typed, e.g. {@code 01:00}: kept even when it is no time at all ({@code 25:00},
     *                  {@code noon}), so that the customer finds it again with the rule's explanation
     */
    public record MaintenanceWindow(DayOfWeek weekday, String startTime, String timeZone) {
        static final MaintenanceWindow DEFAULT = new MaintenanceWindow(DayOfWeek.TUESDAY, "01:00", "America/Los_Angeles");

        /** A start time on the 24-hour clock, {@code H:mm} or {@code HH:mm}, seconds allowed; nothing else. */
        private static final Pattern START = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

        public MaintenanceWindow {
            startTime = nullToEmpty(startTime);
            timeZone = nullToEmpty(timeZone);
        }

        /** The start time, when the text is one on the 24-hour clock ({@code 1:00}, {@code 13:30}). */
        public Optional<LocalTime> start() {
            var m = START.matcher(startTime.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return hour < 24 && minute < 60 && second < 60 ? Optional.of(LocalTime.of(hour, minute, second))
                    : Optional.empty();
        }

        public MaintenanceWindow withWeekday(DayOfWeek v) { return new MaintenanceWindow(v, startTime, timeZone); }
        public MaintenanceWindow withStartTime(String v) { return new MaintenanceWindow(weekday, v, timeZone); }
        public MaintenanceWindow withTimeZone(String v) { return new MaintenanceWindow(weekday, startTime, v); }

        /** The window as people read it, e.g. "Tuesday 01:00 America/Los_Angeles" (weekday in their language). */
        public String describe(java.util.Locale locale) {
            String day = weekday == null ? "—" : weekday.getDisplayName(java.time.format.TextStyle.FULL, locale);
            return day + " " + (startTime.isBlank() ? "—" : startTime) + " " + timeZone;
        }
    }

    /** A copy of {@code rows} with the row at {@code index} changed, first grown with {@code empty} rows to reach it. */
    private static <T> List<T> withRow(List<T> rows, int index, T empty, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(rows);
        while (copy.size() <= index) {
            copy.add(empty);
        }
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
