package com.byoconboard.iac;

import com.byoconboard.aws.MotoServer;
import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.onboarding.Onboarding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.iam.IamClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies the CloudFormation templates (CreateStack) in one moto account and, in another, the zip's Terraform
 * root (which must create the bootstrap role and nothing else) and then the VPC module ({@code terraform apply}),
 * then reads IAM and EC2 back with the SDK: both must have created the same role and the same VPC. moto's CloudFormation ignores {@code AvailabilityZoneId} (all its subnets land in one AZ),
 * so AZ-ID placement is proven on the Terraform side only; everything else is compared between the two.
 */
class GeneratedTemplatesDeployIdenticallyIT {

    static final String CFN_ACCOUNT = "123456789012";
    static final String TF_ACCOUNT = "222222222222";
    static final String REGION = "us-east-1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static MotoServer moto;
    static Onboarding onboarding;
    /** What the zip's Terraform root created by itself ({@code terraform state list}). */
    static List<String> rootAlone;

    @BeforeAll
    static void deployBoth() throws Exception {
        String terraform = Tools.terraform();
        com.byoconboard.testing.RequiredTool.require(MotoServer.EXECUTABLE, "Install it with: pip install 'moto[server]'");
        moto = MotoServer.start();
        onboarding = IacFixtures.onboarding(in -> IacFixtures.example().inputs()
                .withBootstrapRole(r -> r.withPermissionsBoundaryArn("arn:aws:iam::333344445555:policy/boundary")));

        try (var cfn = client(CloudFormationClient.builder(), CFN_ACCOUNT)) {
            var role = IacFixtures.GENERATOR.bootstrapRole(onboarding).cloudFormation().content();
            var vpc = ((VpcArtifacts.Ready) IacFixtures.GENERATOR.customerVpc(onboarding)).artifacts().cloudFormation().content();
            for (var stack : Map.of("bootstrap-role", role, "customer-vpc", vpc).entrySet()) {
                cfn.createStack(b -> b.stackName(stack.getKey()).templateBody(stack.getValue())
                        .capabilities(Capability.CAPABILITY_NAMED_IAM));
                assertThat(cfn.describeStacks(b -> b.stackName(stack.getKey())).stacks().getFirst().stackStatus())
                        .isEqualTo(StackStatus.CREATE_COMPLETE);
            }
        }

        Path dir = Tools.createTemp("iac-apply");
        Tools.unzip(IacFixtures.GENERATOR.zip(onboarding), dir);
        Path root = dir.resolve(IacGenerator.ZIP_ROOT + "terraform");
        // An override file points the customer's provider block at moto, in the second account.
        Files.writeString(root.resolve("moto_override.tf"), """
                provider "aws" {
                  region                      = "%s"
                  access_key                  = "test"
                  secret_key                  = "test"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  s3_use_path_style           = true
                  endpoints {
                    ec2 = "%s"
                    iam = "%s"
                    sts = "%s"
                  }
                  assume_role {
                    role_arn = "arn:aws:iam::%s:role/terraform"
                  }
                }
                """.formatted(REGION, moto.endpoint(), moto.endpoint(), moto.endpoint(), TF_ACCOUNT));
        Tools.terraformInit(root);
        Tools.run(root, List.of(terraform, "apply", "-auto-approve", "-input=false", "-no-color"));
        rootAlone = Tools.run(root, List.of(terraform, "state", "list")).lines().toList();
        // The VPC module is applied the way the zip's README tells those who want it: from their own root module.
        Files.writeString(root.resolve("customer_vpc.tf"), """
                module "%s" {
                  source = "./modules/%s"
                }
                """.formatted(IacTemplate.CUSTOMER_VPC.moduleName(), IacTemplate.CUSTOMER_VPC.slug()));
        Tools.terraformInit(root);
        Tools.run(root, List.of(terraform, "apply", "-auto-approve", "-input=false", "-no-color"));
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void theZipsTerraformRootCreatesTheBootstrapRoleAndNothingElse() {
        String module = "module." + IacTemplate.BOOTSTRAP_ROLE.moduleName() + ".";
        assertThat(rootAlone).isNotEmpty().allSatisfy(address -> assertThat(address).startsWith(module));
        assertThat(rootAlone.stream().map(a -> a.substring(module.length())).filter(a -> !a.startsWith("data."))
                .map(a -> a.substring(0, a.indexOf('.'))).distinct())
                .containsExactlyInAnyOrder("aws_iam_role", "aws_iam_role_policy");
    }

    @Test
    void bothCreateTheSameRoleWithTheExternalIdConditionAndTheSamePolicies() {
        try (var cfnIam = client(IamClient.builder(), CFN_ACCOUNT); var tfIam = client(IamClient.builder(), TF_ACCOUNT)) {
            var cfnRole = role(cfnIam, CFN_ACCOUNT);
            var tfRole = role(tfIam, TF_ACCOUNT);
            assertThat(tfRole).isEqualTo(cfnRole);

            JsonNode trust = cfnRole.get("trust").get("Statement").get(0);
            assertThat(trust.get("Principal").get("AWS").asString()).isEqualTo("arn:aws:iam::" + IacFixtures.VENDOR_ACCOUNT + ":root");
            assertThat(trust.get("Condition").get("StringEquals").get("sts:ExternalId").asString()).isEqualTo(IacFixtures.EXTERNAL_ID);
            assertThat(cfnRole.get("policies").propertyNames()).containsExactlyInAnyOrder(
                    "ClickHouseManagement", "ClickHouseVpcWrite", "ClickHouseIamRoles");
            assertThat(cfnRole.get("policies").toString()).contains("iam:PermissionsBoundary")
                    .contains("cluster/clickhouse-cloud*");
            assertThat(cfnRole.get("tags").get("byoc-env").asString()).isEqualTo("production");
        }
    }

    @Test
    void bothCreateTheSameVpcSubnetsRoutesAndS3GatewayEndpoint() {
        try (var cfnEc2 = client(Ec2Client.builder(), CFN_ACCOUNT); var tfEc2 = client(Ec2Client.builder(), TF_ACCOUNT)) {
            var cfnVpc = network(cfnEc2, cloudFormationRouteTableNames());
            var tfVpc = network(tfEc2, Map.of());
            assertThat(tfVpc).isEqualTo(cfnVpc);
            assertThat(cfnVpc.get("cidr")).isEqualTo("10.0.0.0/16");
            @SuppressWarnings("unchecked")
            var privateSubnet = (Map<String, Object>) ((Map<String, Object>) cfnVpc.get("subnets")).get(name("private-use1-az1"));
            assertThat(privateSubnet.get("cidr")).isEqualTo("10.0.0.0/18");
            assertThat((Map<String, String>) privateSubnet.get("tags")).containsEntry(ResourceNames.INTERNAL_ELB_TAG, "1")
                    .containsEntry(ResourceNames.BYOC_TAG, "true");
            assertThat(cfnVpc.get("routeTables").toString()).contains(
                    name("rtb-private-use1-az1") + "=[0.0.0.0/0->nat, 10.0.0.0/16->local, prefix-list->vpce]",
                    name("rtb-public") + "=[0.0.0.0/0->igw, 10.0.0.0/16->local]");
            assertThat(cfnVpc.get("s3Endpoint")).isEqualTo("Gateway com.amazonaws.us-east-1.s3 on [" + name("rtb-private-use1-az1")
                    + ", " + name("rtb-private-use1-az2") + ", " + name("rtb-private-use1-az4") + "]");
        }
    }

    @Test
    void terraformPlacesEachPrivateSubnetInItsChosenAzIdBehindItsOwnRouteTable() {
        try (var ec2 = client(Ec2Client.builder(), TF_ACCOUNT)) {
            for (var table : ec2.describeRouteTables(b -> b.filters(Filter.builder().name("tag:Name")
                    .values(name("rtb-private-*")).build())).routeTables()) {
                var associated = table.associations().stream().map(a -> a.subnetId()).toList();
                var subnets = ec2.describeSubnets(b -> b.subnetIds(associated)).subnets();
                assertThat(subnets).singleElement().satisfies(s -> assertThat(name(s.tags()))
                        .isEqualTo(name(table.tags()).replace("-rtb-", "-")));
            }
            var placed = ec2.describeSubnets(b -> b.filters(Filter.builder().name("tag:" + ResourceNames.INTERNAL_ELB_TAG).values("1").build()))
                    .subnets().stream().collect(Collectors.toMap(s -> name(s.tags()), Subnet::availabilityZoneId, (a, b) -> a, TreeMap::new));
            assertThat(placed).containsExactly(
                    Map.entry(name("private-use1-az1"), "use1-az1"),
                    Map.entry(name("private-use1-az2"), "use1-az2"),
                    Map.entry(name("private-use1-az4"), "use1-az4"));
        }
    }

    /** The role as JSON with the account ID replaced, so that two accounts' roles compare equal. */
    private static JsonNode role(IamClient iam, String account) {
        String name = IacFixtures.PROPERTIES.roleName();
        var role = iam.getRole(b -> b.roleName(name)).role();
        var result = JSON.createObjectNode();
        result.set("trust", document(role.assumeRolePolicyDocument(), account));
        var tags = JSON.createObjectNode();
        iam.listRoleTags(b -> b.roleName(name)).tags().forEach(t -> tags.put(t.key(), t.value()));
        result.set("tags", tags);
        var policies = JSON.createObjectNode();
        for (String policy : iam.listRolePolicies(b -> b.roleName(name)).policyNames()) {
            policies.set(policy, document(iam.getRolePolicy(b -> b.roleName(name).policyName(policy)).policyDocument(), account));
        }
        result.set("policies", policies);
        return result;
    }

    private static JsonNode document(String encoded, String account) {
        String json = encoded.startsWith("{") ? encoded : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        return JSON.readTree(json.replace(account, "<account>"));
    }

    /**
     * VPC, subnets and route tables (by Name tag) with their tags and routes, NAT placement and the S3 endpoint's
     * route tables, without IDs. Subnet-to-table associations are left out: moto's CloudFormation records them
     * where DescribeRouteTables does not look, so they are checked on the Terraform side only.
     */
    private static Map<String, Object> network(Ec2Client ec2, Map<String, String> tableNames) {
        var vpc = ec2.describeVpcs(b -> b.filters(Filter.builder().name("tag:Name").values(name("vpc")).build()))
                .vpcs();
        assertThat(vpc).hasSize(1);
        var inVpc = Filter.builder().name("vpc-id").values(vpc.getFirst().vpcId()).build();
        var subnets = ec2.describeSubnets(b -> b.filters(inVpc)).subnets();
        Map<String, String> subnetNames = subnets.stream().collect(Collectors.toMap(Subnet::subnetId, s -> name(s.tags())));
        Map<String, Object> bySubnet = new TreeMap<>();
        subnets.forEach(s -> bySubnet.put(name(s.tags()), Map.of("cidr", s.cidrBlock(), "tags", tags(s.tags()))));
        var tables = ec2.describeRouteTables(b -> b.filters(inVpc)).routeTables().stream()
                .filter(t -> tableNames.containsKey(t.routeTableId()) || !name(t.tags()).equals("?"))
                .collect(Collectors.toMap(t -> tableNames.getOrDefault(t.routeTableId(), name(t.tags())), t -> t,
                        (a, b) -> a, TreeMap::new));
        Map<String, Object> routes = new TreeMap<>();
        tables.forEach((name, table) -> routes.put(name, routes(table)));
        var nats = ec2.describeNatGateways(b -> b.filter(inVpc)).natGateways().stream()
                .map(n -> subnetNames.get(n.subnetId())).collect(Collectors.toCollection(TreeSet::new));
        var endpoints = ec2.describeVpcEndpoints(b -> b.filters(inVpc)).vpcEndpoints();
        assertThat(endpoints).hasSize(1);
        var endpoint = endpoints.getFirst();
        Set<String> endpointTables = tables.entrySet().stream()
                .filter(e -> endpoint.routeTableIds().contains(e.getValue().routeTableId()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        return new TreeMap<>(Map.of(
                "cidr", vpc.getFirst().cidrBlock(),
                "tags", tags(vpc.getFirst().tags()),
                "subnets", bySubnet,
                "routeTables", routes,
                "natGatewaysIn", nats,
                "s3Endpoint", endpoint.vpcEndpointTypeAsString() + " " + endpoint.serviceName() + " on " + endpointTables));
    }

    /**
     * Route table ID to the Name tag the template gives it. moto's CloudFormation drops route-table tags, so the
     * names come from the stack's logical IDs (PrivateRouteTable2 is the second zone's private table).
     */
    private static Map<String, String> cloudFormationRouteTableNames() {
        var plan = ((NetworkPlan.Ready) NetworkPlan.of(onboarding.inputs().network())).plan();
        try (var cfn = client(CloudFormationClient.builder(), CFN_ACCOUNT)) {
            return cfn.describeStackResources(b -> b.stackName("customer-vpc")).stackResources().stream()
                    .filter(r -> r.logicalResourceId().matches("(Private|Public)RouteTable\\d?"))
                    .collect(Collectors.toMap(r -> r.physicalResourceId(), r -> r.logicalResourceId().equals("PublicRouteTable")
                            ? name(NetworkPlan.PUBLIC_ROUTE_TABLE)
                            : name(plan.zones().get(Integer.parseInt(r.logicalResourceId().substring(17)) - 1)
                                    .privateRouteTable())));
        }
    }

    /** The Name tag of one of the onboarding's resources, e.g. clickhouse-cloud-1a2b3c4d5e-private-use1-az1. */
    private static String name(String suffix) {
        return Blueprint.of(onboarding).names().named(suffix);
    }

    /** Each route as destination -> kind of target (igw, nat, local, or the S3 prefix list). */
    private static Set<String> routes(RouteTable table) {
        return table.routes().stream().map(r -> {
            String destination = r.destinationCidrBlock() != null ? r.destinationCidrBlock() : "prefix-list";
            String target = r.natGatewayId() != null ? "nat"
                    : r.gatewayId() == null ? "other" : r.gatewayId().replaceAll("-.*", "");
            return destination + "->" + target;
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Tags as a sorted map, without the aws: tags CloudFormation adds to what it creates. */
    private static Map<String, String> tags(List<Tag> tags) {
        return tags.stream().filter(t -> !t.key().startsWith("aws:")).collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a, TreeMap::new));
    }

    private static String name(List<Tag> tags) {
        return tags(tags).getOrDefault("Name", "?");
    }

    /** An SDK client for moto, acting in {@code account} (moto's x-moto-account-id header). */
    static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C client(B builder, String account) {
        return builder.endpointOverride(moto.endpoint())
                .region(REGION.equals("us-east-1") && builder instanceof software.amazon.awssdk.services.iam.IamClientBuilder ? Region.AWS_GLOBAL : Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(ClientOverrideConfiguration.builder().putHeader("x-moto-account-id", account).build())
                .build();
    }
}
