package com.byoconboard.provisioning;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProxy;
import com.byoconboard.aws.CustomerAccount;
import com.byoconboard.aws.EmulatedAws;
import com.byoconboard.aws.MotoServer;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacTemplate;
import com.byoconboard.iac.IacProperties;
import com.byoconboard.iac.SandboxBootstrapRole;
import com.byoconboard.iac.TerraformBootstrapRole;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.testing.RequiredTool;
import org.springframework.test.context.DynamicPropertyRegistry;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

import java.util.List;
import java.util.Map;

/**
 * One emulated AWS with IAM enforced ({@link EmulatedAws}: moto, and a second moto for EKS) and the recording,
 * fault-injecting proxy in front of it, for all provisioning tests in this JVM: moto is reset between tests
 * instead of restarted. The app signs as the vendor's IAM user, whose only right is to assume customer roles;
 * customer roles exist only once a test creates them from our template ({@link #roleFromTemplate}) or our
 * Terraform module ({@link #roleFromTerraform}). Everything stops when the JVM exits.
 */
final class MotoFixture {

    static final String REGION = "us-east-1";

    private static EmulatedAws aws;
    private static AwsProxy proxy;

    private MotoFixture() {
    }

    static synchronized AwsProxy proxy() {
        if (proxy == null) {
            RequiredTool.require(MotoServer.EXECUTABLE, "Install moto: pip install 'moto[server]'");
            aws = EmulatedAws.start();
            proxy = AwsProxy.to(aws.endpoint());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                proxy.close();
                aws.close();
            }));
        }
        return proxy;
    }

    static synchronized EmulatedAws aws() {
        proxy();
        return aws;
    }

    /**
     * An empty emulated AWS for the next test (only the vendor's user, with the same key): resources of earlier
     * tests would count against the account's quotas (the quota pre-flight check fails a run beyond 5 VPCs).
     */
    static AwsProxy fresh() {
        aws().reset();
        proxy.reset();
        return proxy;
    }

    /** The app's AWS settings: every client at the proxy but EKS at its own moto, signed as the vendor user. */
    static Map<String, String> properties() {
        var vendor = aws().vendorCredentials().resolveCredentials();
        return Map.of("byoc.aws.endpoint", proxy.endpoint().toString(),
                "byoc.aws.endpoints.eks", aws.eksEndpoint().toString(),
                "byoc.aws.vendor-access-key-id", vendor.accessKeyId(),
                "byoc.aws.vendor-secret-access-key", vendor.secretAccessKey());
    }

    /** {@link #properties()} as command-line arguments, for an app a test starts itself. */
    static List<String> arguments() {
        return properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    static void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * What the customer does: their administrator creates the bootstrap-role stack from our CloudFormation
     * template in the onboarding's account (widened for moto, exactly as the sandbox does). Returns the stack's
     * RoleArn output.
     */
    static String roleFromTemplate(IacGenerator iac, Onboarding onboarding) {
        var administrator = aws().administrator(onboarding.inputs().account().accountId());
        try (var cfn = CloudFormationClient.builder().endpointOverride(proxy().endpoint()).region(Region.of(REGION))
                .credentialsProvider(administrator).build();
             var iam = IamClient.builder().endpointOverride(proxy().endpoint()).region(Region.AWS_GLOBAL)
                     .credentialsProvider(administrator).build()) {
            return SandboxBootstrapRole.createStack(cfn, iam, iac.bootstrapRole(onboarding));
        }
    }

    /** What the customer does to offboard: their administrator deletes the bootstrap-role stack {@link #roleFromTemplate} made. */
    static void deleteRoleStack(Onboarding onboarding) {
        var administrator = aws().administrator(onboarding.inputs().account().accountId());
        try (var cfn = CloudFormationClient.builder().endpointOverride(proxy().endpoint()).region(Region.of(REGION))
                .credentialsProvider(administrator).build()) {
            String stack = IacTemplate.BOOTSTRAP_ROLE.stackName();
            cfn.deleteStack(r -> r.stackName(stack));
            cfn.waiter().waitUntilStackDeleteComplete(r -> r.stackName(stack));
        }
    }

    /**
     * AWS refuses AssumeRole of a role that does not exist (AccessDenied); moto grants it, so that "the role can no
     * longer be assumed" could never be seen on it. From now until the proxy's reset, the proxy answers each
     * AssumeRole as AWS would, after looking the role up in its account as the administrator (straight at moto).
     */
    static void refuseAssumingMissingRoles() {
        proxy().failWhen("AssumeRole", call -> !roleExists(call.params().get("RoleArn")), 403, "AccessDenied",
                "User: arn:aws:iam::" + EmulatedAws.VENDOR_ACCOUNT + ":user/" + EmulatedAws.VENDOR_USER
                        + " is not authorized to perform: sts:AssumeRole");
    }

    private static boolean roleExists(String roleArn) {
        String account = roleArn.split(":")[4];
        String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        try (var iam = IamClient.builder().endpointOverride(aws().endpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(aws().administrator(account)).build()) {
            iam.getRole(r -> r.roleName(name));
            return true;
        } catch (NoSuchEntityException e) {
            return false;
        }
    }

    /** Clients acting as the customer's administrator in {@code accountId}: for looking at what a run did. */
    static CustomerAccount administrator(AwsClients clients, String accountId) {
        return clients.account(aws().administrator(accountId), REGION);
    }

    /** The same with our Terraform module ({@code terraform apply} as the administrator); returns its role_arn output. */
    static String roleFromTerraform(IacProperties iac, Onboarding onboarding) {
        var administrator = (AwsSessionCredentials) aws().administrator(onboarding.inputs().account().accountId())
                .resolveCredentials();
        return TerraformBootstrapRole.apply(iac, onboarding, proxy.endpoint(), administrator);
    }
}
