package com.byoconboard.provisioning;

import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.onboarding.OnboardingInputs.ExistingSubnet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer-managed VPC as a customer's administrator prepares it in moto, right or wrong in chosen ways (public for
 * the user guide's screenshots, which show a broken one in the sandbox).
 */
public final class ExistingVpcs {

    /** What to get wrong when preparing the VPC. */
    public enum Broken { NOTHING, MISSING_TAG, TWO_SUBNETS, SMALL_SUBNET, NO_S3_ENDPOINT, NO_EGRESS }

    private ExistingVpcs() {
    }

    public record Prepared(String vpcId, String cidr, String routeTableId, String internetGatewayId, List<ExistingSubnet> subnets) {
    }

    /**
     * A VPC 10.{octet}.0.0/16 with three private /23 subnets in three AZs, egress, and an S3 endpoint, unless broken;
     * the subnets as the customer typed them (a too small one typed as /23).
     */
    public static Prepared prepare(CustomerAccount account, Set<Broken> broken, int octet) {
        Ec2Client ec2 = account.ec2();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10." + octet + ".0.0/16")).vpc().vpcId();
        String igw = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
        String rtb = ec2.createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        if (!broken.contains(Broken.NO_EGRESS)) {
            ec2.createRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        }
        var subnets = new ArrayList<ExistingSubnet>();
        int count = broken.contains(Broken.TWO_SUBNETS) ? 2 : 3;
        for (int i = 0; i < count; i++) {
            String az = TestOnboardings.AZ_IDS.get(i);
            String cidr = broken.contains(Broken.SMALL_SUBNET) && i == 2 ? "10." + octet + ".4.0/24" : "10." + octet + "." + (i * 2) + ".0/23";
            boolean tagged = !(broken.contains(Broken.MISSING_TAG) && i == 1);
            String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).availabilityZoneId(az).cidrBlock(cidr)).subnet().subnetId();
            if (tagged) {
                ec2.createTags(r -> r.resources(subnetId).tags(Tag.builder().key("kubernetes.io/role/internal-elb").value("1").build()));
            }
            ec2.associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnetId));
            subnets.add(new ExistingSubnet(subnetId, az, cidr.replace("/24", "/23")));
        }
        if (!broken.contains(Broken.NO_S3_ENDPOINT)) {
            ec2.createVpcEndpoint(r -> r.vpcId(vpcId).serviceName("com.amazonaws.us-east-1.s3")
                    .vpcEndpointType(VpcEndpointType.GATEWAY).routeTableIds(rtb));
        }
        assertThat(ec2.describeSubnets(r -> r.filters(Filter.builder().name("vpc-id").values(vpcId).build()))
                .subnets()).hasSize(count);
        return new Prepared(vpcId, "10." + octet + ".0.0/16", rtb, igw, subnets);
    }
}
