package com.byoconboard.aws;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;

/**
 * Sandbox only: does in the emulated customer account what a real customer does with our CloudFormation
 * template or Terraform module, so that a newcomer can go through the whole flow on one machine. It creates
 * the bootstrap role with the IAM API directly: trust in the vendor's account, the onboarding's ExternalId.
 */
@Service
@Profile("sandbox")
public class SandboxAccounts {

    /** The role the guide's CloudFormation stack creates. */
    public static final String BOOTSTRAP_ROLE_NAME = "ClickHouseManagementRole";
    /** Stands in for the customer's administrator: AWS Organizations creates a role of this name in member accounts. */
    private static final String ADMIN_ROLE = "OrganizationAccountAccessRole";

    private final AwsClients aws;
    private final AwsProperties properties;

    SandboxAccounts(AwsClients aws, AwsProperties properties) {
        this.aws = aws;
        this.properties = properties;
    }

    /** Creates (or updates) the bootstrap role in {@code accountId} and returns its ARN. */
    public String createBootstrapRole(String accountId, String externalId) {
        String region = properties.vendorRegion();
        String vendorAccount = aws.vendorSts(region).getCallerIdentity(GetCallerIdentityRequest.builder().build()).account();
        var admin = new CustomerRole("arn:aws:iam::" + accountId + ":role/" + ADMIN_ROLE, externalId,
                "byoc-sandbox-admin");
        try (var account = aws.customer(admin, region)) {
            IamClient iam = account.iam();
            String trust = """
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                     "Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"sts:AssumeRole",
                     "Condition":{"StringEquals":{"sts:ExternalId":"%s"}}}]}""".formatted(vendorAccount, externalId);
            try {
                iam.getRole(r -> r.roleName(BOOTSTRAP_ROLE_NAME));
                iam.updateAssumeRolePolicy(r -> r.roleName(BOOTSTRAP_ROLE_NAME).policyDocument(trust));
            } catch (NoSuchEntityException absent) {
                iam.createRole(r -> r.roleName(BOOTSTRAP_ROLE_NAME).assumeRolePolicyDocument(trust)
                        .description("BYOC bootstrap role (created by the sandbox)")
                        .tags(t -> t.key("clickhouse-byoc").value("true")));
            }
            // The real template is least-privilege (module iac); the sandbox only needs a working role.
            iam.putRolePolicy(r -> r.roleName(BOOTSTRAP_ROLE_NAME).policyName("byoc-bootstrap").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:*","s3:*","iam:*",
                     "eks:*","route53:*","sts:GetCallerIdentity"],"Resource":"*"}]}"""));
            return iam.getRole(r -> r.roleName(BOOTSTRAP_ROLE_NAME)).role().arn();
        }
    }
}
