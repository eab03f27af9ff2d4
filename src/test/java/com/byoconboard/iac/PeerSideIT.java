package com.byoconboard.iac;

import com.byoconboard.aws.EmulatedAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionStateReasonCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What we hand the customer for the peer account's side of a peering is real: the Terraform passes fmt, init and
 * validate, the CloudFormation template passes cfn-lint, and on the emulator, run in the peer account as its
 * administrator, the Terraform and the CLI commands each accept a pending connection and route back to the BYOC VPC.
 */
class PeerSideIT {

    static final String REGION = "us-east-1";
    static final String BYOC_ACCOUNT = "210987654321";
    static final String PEER_ACCOUNT = "111122223333";

    static EmulatedAws aws;

    @BeforeAll
    static void emulator() {
        aws = EmulatedAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void theTerraformPassesValidateAndTheTemplatePassesCfnLint() throws IOException {
        var side = new PeerSide("pcx-0123456789abcdef0", "eu-west-1", "vpc-0fedcba9876543210", "10.0.0.0/16");
        Path dir = Tools.createTemp("peer-side");
        Files.writeString(dir.resolve("main.tf"), side.terraform());
        Files.writeString(dir.resolve("peer-routes.yaml"), side.cloudFormation());

        Tools.run(dir, List.of(Tools.terraform(), "fmt", "-check", "-no-color"));
        Tools.terraformInit(dir);
        Tools.run(dir, List.of(Tools.terraform(), "validate", "-no-color"));
        Tools.run(dir, List.of(Tools.cfnLint(), "--format", "parseable", "peer-routes.yaml"));
    }

    @Test
    void appliedInThePeerAccountTheTerraformAndTheCliAcceptAndRouteBackToTheByocVpc() throws IOException {
        var peerAdministrator = aws.administrator(PEER_ACCOUNT);
        try (Ec2Client byoc = ec2(aws.administrator(BYOC_ACCOUNT)); Ec2Client peer = ec2(peerAdministrator)) {
            String peerVpc = peer.createVpc(r -> r.cidrBlock("172.16.0.0/16")).vpc().vpcId();
            String peerTable = peer.createRouteTable(r -> r.vpcId(peerVpc)).routeTable().routeTableId();

            for (String byocCidr : List.of("10.0.0.0/16", "10.1.0.0/16")) {
                String byocVpc = byoc.createVpc(r -> r.cidrBlock(byocCidr)).vpc().vpcId();
                String pcx = byoc.createVpcPeeringConnection(r -> r.vpcId(byocVpc).peerVpcId(peerVpc)
                        .peerOwnerId(PEER_ACCOUNT).peerRegion(REGION)).vpcPeeringConnection().vpcPeeringConnectionId();
                var side = new PeerSide(pcx, REGION, peerVpc, byocCidr);
                if (byocCidr.startsWith("10.0.")) {
                    applyTerraform(side, peerAdministrator);
                } else {
                    runCli(side, peerAdministrator);
                }

                assertThat(peer.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections()
                        .getFirst().status().code()).isEqualTo(VpcPeeringConnectionStateReasonCode.ACTIVE);
                assertThat(peer.describeRouteTables(r -> r.routeTableIds(peerTable)).routeTables().getFirst().routes())
                        .anySatisfy(route -> {
                            assertThat(route.destinationCidrBlock()).isEqualTo(byocCidr);
                            assertThat(route.vpcPeeringConnectionId()).isEqualTo(pcx);
                        });
            }
        }
    }

    private static void applyTerraform(PeerSide side, AwsCredentialsProvider administrator) throws IOException {
        var credentials = (AwsSessionCredentials) administrator.resolveCredentials();
        Path dir = Tools.createTemp("peer-side-apply");
        Files.writeString(dir.resolve("main.tf"), side.terraform());
        // The snippet leaves the provider to the customer (their peer account and region): here it is moto's.
        Files.writeString(dir.resolve("emulator_provider.tf"), Tools.emulatorProvider(side.peerRegion(), credentials,
                aws.endpoint(), List.of("ec2", "sts")));
        Tools.terraformInit(dir);
        Tools.run(dir, List.of(Tools.terraform(), "apply", "-auto-approve", "-input=false", "-no-color"));
    }

    private static void runCli(PeerSide side, AwsCredentialsProvider administrator) {
        var credentials = (AwsSessionCredentials) administrator.resolveCredentials();
        Path dir = Tools.createTemp("peer-side-cli");
        try {
            Files.writeString(dir.resolve("peer-side.sh"), "set -eu\n" + side.cli());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tools.run(dir, Map.of("AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey(), "AWS_SESSION_TOKEN", credentials.sessionToken(),
                "AWS_ENDPOINT_URL", aws.endpoint().toString(), "AWS_CONFIG_FILE", "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE", "/dev/null"), List.of("bash", "peer-side.sh"));
    }

    private static Ec2Client ec2(AwsCredentialsProvider credentials) {
        return Ec2Client.builder().endpointOverride(aws.endpoint()).region(Region.of(REGION))
                .credentialsProvider(credentials).build();
    }
}
