package com.byoconboard.iac;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProperties;
import com.byoconboard.aws.EmulatedAws;
import com.byoconboard.onboarding.Onboarding;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import com.byoconboard.iac.cloudformation.Cfn;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.Optional;

/**
 * Sandbox only: does in the emulated customer account what a real customer does themselves. The customer's
 * administrator creates a CloudFormation stack from exactly the bootstrap-role template the wizard shows (widened
 * as {@link EmulatorPolicy} explains), and the role ARN comes from the stack's outputs.
 */
@Service
@Profile("sandbox")
public class SandboxBootstrapRole {

    static final String STACK_NAME = IacTemplate.BOOTSTRAP_ROLE.stackName();

    private final AwsClients aws;
    private final AwsProperties awsProperties;
    private final EmulatedAws emulated;
    private final IacGenerator generator;

    SandboxBootstrapRole(AwsClients aws, AwsProperties awsProperties, EmulatedAws emulated, IacGenerator generator,
                         TemplatePublisher publisher, IacProperties iac) {
        this.aws = aws;
        this.awsProperties = awsProperties;
        this.emulated = emulated;
        this.generator = generator;
        if (!iac.templateBucket().isBlank()) {
            // The vendor's user may only assume roles; publishing quick-create templates is the vendor's own right.
            emulated.grantVendor("QuickCreateTemplates", publisher.vendorPolicy());
        }
    }

    /** Applies the onboarding's bootstrap-role template in its account (once) and returns the RoleArn output. */
    public String create(Onboarding onboarding) {
        String accountId = onboarding.inputs().account().accountId();
        try (var account = aws.account(emulated.administrator(accountId), awsProperties.vendorRegion())) {
            return createStack(account.cloudFormation(), account.iam(), generator.bootstrapRole(onboarding));
        }
    }

    /**
     * Creates the bootstrap-role stack from {@code bootstrapRole}'s template, widened for the emulator, with
     * {@code administrator}'s rights (unless the account has it already) and returns its RoleArn output. The
     * sandbox and the tests create customer roles only this way.
     */
    public static String createStack(CloudFormationClient administrator, IamClient administratorIam,
                                     Artifacts bootstrapRole) {
        String template = bootstrapRole.cloudFormation().content();
        String widened = EmulatorPolicy.widenNonS3Resources(template);
        if (existing(administrator).isEmpty()) {
            administrator.createStack(r -> r.stackName(STACK_NAME).templateBody(widened)
                    .capabilities(Capability.CAPABILITY_NAMED_IAM));
            administrator.waiter().waitUntilStackCreateComplete(r -> r.stackName(STACK_NAME));
        } else {
            // The account has the role already (an earlier onboarding, other options): the customer updates the
            // stack with this onboarding's template, as they would on AWS.
            try {
                administrator.updateStack(r -> r.stackName(STACK_NAME).templateBody(widened)
                        .capabilities(Capability.CAPABILITY_NAMED_IAM));
                administrator.waiter().waitUntilStackUpdateComplete(r -> r.stackName(STACK_NAME));
            } catch (CloudFormationException unchanged) {
                if (!String.valueOf(unchanged.getMessage()).contains("No updates")) {
                    throw unchanged;
                }
            }
        }
        attachManagedPolicies(administrator, administratorIam, template);
        return existing(administrator).flatMap(stack -> stack.outputs().stream()
                        .filter(o -> "RoleArn".equals(o.outputKey())).map(Output::outputValue).findFirst())
                .orElseThrow(() -> new IllegalStateException("Stack " + STACK_NAME + " has no RoleArn output"));
    }

    /**
     * moto's CloudFormation ignores {@code ManagedPolicyArns} of an {@code AWS::IAM::Role} (AWS attaches them): the
     * administrator attaches them as AWS would, to each role the stack created, read from the template as rendered.
     */
    static void attachManagedPolicies(CloudFormationClient cfn, IamClient iam, String template) {
        var resources = Cfn.parse(template).get("Resources");
        for (var created : cfn.describeStackResources(r -> r.stackName(STACK_NAME)).stackResources()) {
            var resource = resources.get(created.logicalResourceId());
            var managed = resource == null ? null : resource.path("Properties").get("ManagedPolicyArns");
            if (managed != null && "AWS::IAM::Role".equals(created.resourceType())) {
                managed.forEach(arn -> iam.attachRolePolicy(r -> r.roleName(created.physicalResourceId())
                        .policyArn(arn.asString())));
            }
        }
    }

    private static Optional<Stack> existing(CloudFormationClient cfn) {
        try {
            return cfn.describeStacks(r -> r.stackName(STACK_NAME)).stacks().stream().findFirst();
        } catch (CloudFormationException notFound) {
            return Optional.empty();
        }
    }
}
