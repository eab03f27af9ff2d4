package com.byoconboard.iac;

/**
 * How the customer deletes the bootstrap role once offboarded, with the exact command for each way we offered to
 * create it: the CloudFormation stack (quick-create link or CLI, both named {@link IacTemplate#stackName}) or our
 * Terraform module, applied from the platform team's zip or called from their own root module.
 *
 * @param cloudFormation  deletes the stack, then waits until it is gone (two lines, run one after the other)
 * @param terraform       in the zip's {@code terraform} directory, where it was applied
 * @param terraformModule in the customer's own root module that calls ours
 */
public record BootstrapRemoval(String cloudFormation, String terraform, String terraformModule) {

    public static BootstrapRemoval in(String region) {
        String stack = IacTemplate.BOOTSTRAP_ROLE.stackName();
        return new BootstrapRemoval(
                "aws cloudformation delete-stack --region " + region + " --stack-name " + stack
                        + "\naws cloudformation wait stack-delete-complete --region " + region + " --stack-name " + stack,
                "cd terraform && terraform destroy",
                "terraform destroy -target=module." + IacTemplate.BOOTSTRAP_ROLE.moduleName());
    }
}
