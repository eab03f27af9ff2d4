package com.byoconboard.provisioning;

/** Kinds of things a run creates (or, for an existing VPC, tags) in the customer's account. */
public enum ResourceType {
    VPC, SUBNET, INTERNET_GATEWAY, ELASTIC_IP, NAT_GATEWAY, ROUTE_TABLE, ROUTE_TABLE_ASSOCIATION, VPC_ENDPOINT,
    S3_BUCKET, IAM_ROLE, EKS_CLUSTER, EKS_NODEGROUP, HOSTED_ZONE,
    /** Our tags on a resource the customer owns (existing VPC mode); tear down removes only the tags. */
    TAGS,
    /** An endpoint host name: an output, nothing to delete. */
    HOST_NAME;

    /** Link to the resource in the AWS console, or empty when the console has no page for it. */
    public String consoleUrl(String region, String id) {
        String ec2 = "https://" + region + ".console.aws.amazon.com/vpcconsole/home?region=" + region;
        return switch (this) {
            case VPC -> ec2 + "#VpcDetails:VpcId=" + id;
            case SUBNET -> ec2 + "#SubnetDetails:subnetId=" + id;
            case INTERNET_GATEWAY -> ec2 + "#InternetGateway:internetGatewayId=" + id;
            case ELASTIC_IP -> ec2 + "#ElasticIpDetails:AllocationId=" + id;
            case NAT_GATEWAY -> ec2 + "#NatGatewayDetails:natGatewayId=" + id;
            case ROUTE_TABLE -> ec2 + "#RouteTableDetails:RouteTableId=" + id;
            case VPC_ENDPOINT -> ec2 + "#EndpointDetails:vpcEndpointId=" + id;
            case S3_BUCKET -> "https://s3.console.aws.amazon.com/s3/buckets/" + id + "?region=" + region;
            case IAM_ROLE -> "https://console.aws.amazon.com/iam/home#/roles/details/" + id;
            case EKS_CLUSTER -> "https://" + region + ".console.aws.amazon.com/eks/home?region=" + region
                    + "#/clusters/" + id;
            case HOSTED_ZONE -> "https://console.aws.amazon.com/route53/v2/hostedzones#ListRecordSets/" + id;
            case ROUTE_TABLE_ASSOCIATION, EKS_NODEGROUP, TAGS, HOST_NAME -> "";
        };
    }
}
