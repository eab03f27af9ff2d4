package com.byoconboard.iac;

import com.byoconboard.iac.terraform.TerraformFiles;
import com.byoconboard.onboarding.Onboarding;

import java.net.URI;
import java.util.List;

/** The README.md in the download, written for the customer's platform team (who may never see the wizard). */
final class PlatformTeamReadme {

    private PlatformTeamReadme() {
    }

    static String render(Onboarding onboarding, List<Artifacts> artifacts, URI quickCreate) {
        var inputs = onboarding.inputs();
        var out = new StringBuilder();
        out.append("# BYOC onboarding: what to run in your AWS account\n\n");
        line(out, "Organization", inputs.account().organizationName());
        line(out, "AWS account", inputs.account().accountId());
        line(out, "Region", inputs.region());
        line(out, "External ID", onboarding.externalId());
        out.append("""

                ## 1. Bootstrap role (required)

                Creates the IAM role our controller assumes. Its trust policy names only our AWS account and requires the
                External ID above. Do ONE of the following:

                * **CloudFormation console**: open the quick-create link below, review, tick the IAM acknowledgement,
                  create the stack, and copy the `RoleArn` output.
                * **CloudFormation CLI**: `aws cloudformation deploy --template-file cloudformation/bootstrap-role.yaml
                  --stack-name ClickHouseBootstrapRole --capabilities CAPABILITY_NAMED_IAM`
                * **Terraform**: `cd terraform && terraform init && terraform apply` creates the role and nothing else;
                  copy the `clickhouse_role_arn` output. `terraform/main.tf` shows how to call the module from your own
                  code (`module "clickhouse_onboarding" { source = ...; byoc_env = "production" }`).

                Least-privilege options (the same in both formats): `PermissionsBoundaryArn` / `permissions_boundary_arn`,
                `AllowVpcWrite` / `allow_vpc_write` (false when you bring your own VPC), `AllowIamRoleCreation` /
                `allow_iam_role_creation` (false when your team creates the controller's roles),
                `ResourceNamePrefix` / `resource_name_prefix`.

                """);
        out.append("Quick-create link: ").append(quickCreate).append("\n\n");
        out.append("The Terraform modules are tested with Terraform 1.11 and the AWS provider 5.100; their `versions.tf` ")
                .append("allows Terraform `").append(TerraformFiles.TERRAFORM_VERSION).append("` and the provider `")
                .append(TerraformFiles.AWS_PROVIDER_VERSION).append("`.\n\n");
        artifacts.stream().filter(a -> a.template() == IacTemplate.CUSTOMER_VPC).findFirst().ifPresent(vpc -> {
            out.append("""
                    ## 2. Customer-managed VPC (only if you bring your own network and have none yet)

                    `cloudformation/customer-vpc.yaml` or `terraform/modules/customer-vpc` create a VPC with three private
                    subnets (one per chosen AZ ID, tagged `kubernetes.io/role/internal-elb=1` and `clickhouse-byoc=true`),
                    three public subnets with NAT gateways, and an S3 gateway endpoint on the private route tables.
                    `terraform/main.tf` does NOT apply this module: if you want it, call it from your own root module
                    (or add the `module` and `output` blocks below to `terraform/main.tf`), then apply:

                    ```hcl
                    """).append(vpc.rootSnippet().strip()).append("""

                    ```

                    Enter the VPC ID and subnet IDs from the outputs in the wizard's Network step.

                    """);
        });
        out.append("Paste the role ARN into the wizard's Bootstrap role step when you are done.\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("* ").append(label).append(": ").append(value.isBlank() ? "(not entered yet)" : value).append('\n');
    }
}
