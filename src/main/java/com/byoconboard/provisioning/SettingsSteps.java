package com.byoconboard.provisioning;

import com.byoconboard.deployment.Peering;
import com.byoconboard.deployment.PublicAccess;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.deployment.StepKind;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings a customer changes after READY, made real in their account where the vendor's data plane reads
 * them: the public endpoint's allow-list as inbound rules of our security group, and the maintenance window as an
 * object in the data bucket.
 */
final class SettingsSteps {

    private SettingsSteps() {
    }

    /**
     * Our security group admitting each allow-list entry on the client ports; the rules of entries no longer
     * listed are revoked first (an empty list: the public endpoint admits nobody, as the wizard says).
     */
    static void publicAccess(StepContext c) {
        Ec2Client ec2 = c.aws.ec2();
        String vpcId = c.byocVpcId();
        String sg = PublicAccess.SECURITY_GROUP;
        Set<String> planned = c.plan.resources().stream().map(PlannedResource::logicalName).collect(Collectors.toSet());
        c.recorded().stream().filter(r -> r.step() == StepKind.PUBLIC_ACCESS && !planned.contains(r.logicalName()))
                .toList().reversed().forEach(c::delete);
        String groupId = c.ensure(sg, vpcId,
                () -> ec2.describeSecurityGroups(r -> r.filters(c.tagFilters(sg))).securityGroups().stream().findFirst()
                        .map(SecurityGroup::groupId),
                p -> ec2.createSecurityGroup(r -> r.groupName(p.name()).vpcId(vpcId)
                        .description("IP allow-list of the public endpoint")
                        .tagSpecifications(c.tagSpec(ResourceType.SECURITY_GROUP, p))).groupId());
        for (String entry : c.onboarding.inputs().connectivity().allowList()) {
            String cidr = PublicAccess.cidr(entry);
            for (int port : Peering.CLIENT_PORTS) {
                c.ensure(PublicAccess.rule(entry, port), groupId, () -> PeeringSteps.ingressRule(ec2, groupId, cidr, port), p -> {
                    var permission = IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port);
                    if (PublicAccess.ipv6(cidr)) {
                        permission.ipv6Ranges(Ipv6Range.builder().cidrIpv6(cidr).description("Allow-list").build());
                    } else {
                        permission.ipRanges(IpRange.builder().cidrIp(cidr).description("Allow-list").build());
                    }
                    ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(permission.build()));
                    // Read back: the response lists only some of the rules on the emulator (and AWS).
                    return PeeringSteps.ingressRule(ec2, groupId, cidr, port).orElseThrow();
                });
            }
        }
    }

    /** The window as JSON in the data bucket; written whole every time, so the object always holds the current one. */
    static void maintenanceWindow(StepContext c) {
        var window = c.onboarding.inputs().maintenance();
        String json = "{\"weekday\":\"" + window.weekday() + "\",\"startTime\":\"" + window.startTime()
                + "\",\"timeZone\":\"" + window.timeZone() + "\"}";
        c.aws.s3().putObject(r -> r.bucket(c.names.bucket()).key(ResourceNames.MAINTENANCE_WINDOW_KEY)
                .contentType("application/json"), RequestBody.fromString(json));
        c.log(Message.of("provisioning.log.maintenanceWritten", c.names.bucket(), ResourceNames.MAINTENANCE_WINDOW_KEY,
                window.weekday(), window.startTime(), window.timeZone()));
    }
}
