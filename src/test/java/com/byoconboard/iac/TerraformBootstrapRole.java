package com.byoconboard.iac;

import com.byoconboard.iac.model.BootstrapRoleDefinition;
import com.byoconboard.iac.terraform.BootstrapRoleModule;
import com.byoconboard.onboarding.Onboarding;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Creates a customer's bootstrap role on the emulator with our Terraform module, as the customer's platform team
 * would with {@code terraform apply}. The widening for moto is applied to the module's input (the role
 * definition, {@link EmulatorPolicy#widenNonS3Resources(BootstrapRoleDefinition)}) and the module rendered from
 * it, so the HCL is our generator's, not an edited copy.
 */
public final class TerraformBootstrapRole {

    private TerraformBootstrapRole() {
    }

    /** Applies the module in the administrator's account at {@code endpoint} and returns its role_arn output. */
    public static String apply(IacProperties properties, Onboarding onboarding, URI endpoint,
                               AwsSessionCredentials administrator) {
        String terraform = Tools.terraform();
        var role = EmulatorPolicy.widenNonS3Resources(BootstrapRoleDefinition.of(properties.vendor(), onboarding));
        Path dir = Tools.createTemp("bootstrap-role-tf");
        try {
            for (var file : BootstrapRoleModule.render(role).entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
            // The module has no provider block (the customer's root module brings one): this one is moto's.
            Files.writeString(dir.resolve("emulator_provider.tf"), Tools.emulatorProvider("us-east-1", administrator,
                    endpoint, List.of("iam", "sts")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tools.terraformInit(dir);
        Tools.run(dir, List.of(terraform, "apply", "-auto-approve", "-input=false", "-no-color"));
        return Tools.run(dir, List.of(terraform, "output", "-raw", "role_arn")).strip();
    }
}
