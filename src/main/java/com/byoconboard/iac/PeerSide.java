package com.byoconboard.iac;

import com.byoconboard.iac.cloudformation.PeerRoutesTemplate;
import com.byoconboard.iac.terraform.PeerSideModule;

/**
 * The peer account's side of a VPC peering, which only the customer can do (the guide's steps 3 and 5): accept the
 * connection we requested, and route the BYOC VPC's CIDR to it from the peer VPC's route tables. Given as AWS CLI
 * commands, a CloudFormation template and a Terraform configuration, to be run in the peer account and region.
 *
 * @param connectionId the peering connection we requested ({@code pcx-...})
 * @param peerRegion   where the peer VPC is: acceptance and routes happen there
 * @param peerVpcId    the peer VPC, whose route tables get the route back
 * @param byocCidr     the BYOC VPC's CIDR: the routes' destination
 */
public record PeerSide(String connectionId, String peerRegion, String peerVpcId, String byocCidr) {

    /** Accept, then a route in every route table of the peer VPC (a shell loop over them). */
    public String cli() {
        return String.join("\n",
                "aws ec2 accept-vpc-peering-connection --region " + peerRegion + " --vpc-peering-connection-id "
                        + connectionId,
                "for rtb in $(aws ec2 describe-route-tables --region " + peerRegion + " --filters Name=vpc-id,Values="
                        + peerVpcId + " --query 'RouteTables[].RouteTableId' --output text); do",
                "  aws ec2 create-route --region " + peerRegion + " --route-table-id \"$rtb\" --destination-cidr-block "
                        + byocCidr + " --vpc-peering-connection-id " + connectionId,
                "done") + "\n";
    }

    /** Routes only: CloudFormation cannot accept a connection requested elsewhere (the CLI or console does). */
    public String cloudFormation() {
        return PeerRoutesTemplate.render(this);
    }

    /** Accepts the connection and adds the routes; one file, for the peer account's provider and region. */
    public String terraform() {
        return PeerSideModule.render(this);
    }
}
