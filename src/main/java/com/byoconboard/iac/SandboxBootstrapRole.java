package com.byoconboard.iac;

import com.byoconboard.aws.AwsClients;
import com.byoconboard.aws.AwsProperties;
import com.byoconboard.aws.CustomerRole;
import com.byoconboard.onboarding.Onboarding;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.Optional;

/**
 * Sandbox only: does in the emulated customer account what a real customer does themselves, by creating a
 * CloudFormation stack from exactly the bootstrap-role template the wizard shows, and returns the role ARN
 * from the stack's outputs.
 */
@Service
@Profile("sandbox")
public class SandboxBootstrapRole {

    /** Stands in for the customer's administrator: AWS Organizations creates a role of this name in member accounts. */
    private static final String ADMIN_ROLE = "OrganizationAccountAccessRole";
    static final String STACK_NAME = IacTemplate.BOOTSTRAP_ROLE.stackName();

    private final AwsClients aws;
    private final AwsProperties awsProperties;
    private final IacGenerator generator;

    SandboxBootstrapRole(AwsClients aws, AwsProperties awsProperties, IacGenerator generator) {
        this.aws = aws;
        this.awsProperties = awsProperties;
        this.generator = generator;
    }

    /** Applies the onboarding's bootstrap-role template in its account (once) and returns the RoleArn output. */
    public String create(Onboarding onboarding) {
        String accountId = onboarding.inputs().account().accountId();
        var admin = new CustomerRole("arn:aws:iam::" + accountId + ":role/" + ADMIN_ROLE, onboarding.externalId(),
                "byoc-sandbox-admin");
        try (var account = aws.customer(admin, awsProperties.vendorRegion())) {
            CloudFormationClient cfn = account.cloudFormation();
            if (existing(cfn).isEmpty()) {
                cfn.createStack(r -> r.stackName(STACK_NAME)
                        .templateBody(generator.bootstrapRole(onboarding).cloudFormation().content())
                        .capabilities(Capability.CAPABILITY_NAMED_IAM));
                cfn.waiter().waitUntilStackCreateComplete(r -> r.stackName(STACK_NAME));
            }
            return existing(cfn).flatMap(stack -> stack.outputs().stream()
                            .filter(o -> "RoleArn".equals(o.outputKey())).map(Output::outputValue).findFirst())
                    .orElseThrow(() -> new IllegalStateException("Stack " + STACK_NAME + " has no RoleArn output"));
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
