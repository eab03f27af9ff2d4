package com.byoconboard.wizard;

import com.byoconboard.iac.IacCodePanel;
import com.byoconboard.iac.IacGenerator;
import com.byoconboard.iac.IacTemplate;
import com.byoconboard.iac.SandboxBootstrapRole;
import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.ui.CopyButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import static com.byoconboard.wizard.Forms.t;

/**
 * Step 3: nothing to type but the result. The customer runs our CloudFormation template or Terraform module,
 * which creates the role our controller assumes (shown live beside the options), then pastes the role's ARN.
 */
final class BootstrapRoleStep implements StepContent {

    private final IacGenerator iac;
    /** Present only in the sandbox profile. */
    private final SandboxBootstrapRole sandbox;

    BootstrapRoleStep(IacGenerator iac, SandboxBootstrapRole sandbox) {
        this.iac = iac;
        this.sandbox = sandbox;
    }

    @Override
    public Component render(DraftBinder binder) {
        String id = binder.onboarding().externalId();
        var externalId = new Div(new Span(t("wizard.bootstrap.externalId")), new Code(id), new CopyButton("ExternalId", () -> id));
        externalId.addClassName("byoc-external-id");
        externalId.setId("external-id");

        var vpcWrite = new Checkbox(t("wizard.bootstrap.allowVpcWrite"));
        binder.bind(vpcWrite, InputField.ALLOW_VPC_WRITE, in -> in.bootstrapRole().allowVpcWrite(),
                (in, v) -> in.withBootstrapRole(r -> r.withAllowVpcWrite(v)));
        var iamRoles = new Checkbox(t("wizard.bootstrap.allowIamRoleCreation"));
        binder.bind(iamRoles, "bootstrapRole.allowIamRoleCreation", in -> in.bootstrapRole().allowIamRoleCreation(),
                (in, v) -> in.withBootstrapRole(r -> r.withAllowIamRoleCreation(v)));

        var boundary = Forms.text("bootstrap.boundary");
        boundary.setPlaceholder("arn:aws:iam::123456789012:policy/platform-boundary");
        binder.bind(boundary, InputField.PERMISSIONS_BOUNDARY_ARN, in -> in.bootstrapRole().permissionsBoundaryArn(),
                (in, v) -> in.withBootstrapRole(r -> r.withPermissionsBoundaryArn(v)));

        var prefix = Forms.text("bootstrap.prefix");
        prefix.setPlaceholder(OnboardingInputs.DEFAULT_RESOURCE_NAME_PREFIX);
        prefix.setId("resource-name-prefix");
        binder.bind(prefix, InputField.RESOURCE_NAME_PREFIX, in -> in.bootstrapRole().resourceNamePrefix(),
                (in, v) -> in.withBootstrapRole(r -> r.withResourceNamePrefix(v)));
        var advanced = new Details(t("wizard.bootstrap.advanced"), prefix);
        advanced.addClassName("byoc-advanced");

        var roleArn = Forms.text("bootstrap.roleArn");
        roleArn.setPlaceholder("arn:aws:iam::123456789012:role/ClickHouseManagementRole");
        binder.bind(roleArn, InputField.ROLE_ARN, in -> in.bootstrapRole().roleArn(),
                (in, v) -> in.withBootstrapRole(r -> r.withRoleArn(v)));

        var code = new IacCodePanel(iac, IacTemplate.BOOTSTRAP_ROLE);
        binder.addChangeListener(() -> code.show(binder.onboarding()));
        code.show(binder.onboarding());

        var result = Forms.section(t("wizard.bootstrap.result"), roleArn);
        if (sandbox != null && binder.editable()) {
            result.add(sandboxRole(binder, roleArn));
        }
        return Forms.form(
                Forms.note(t("wizard.bootstrap.what"), VaadinIcon.INFO_CIRCLE, "info"),
                externalId,
                Forms.section(t("wizard.bootstrap.options"), vpcWrite, iamRoles, boundary, advanced),
                code,
                result);
    }

    /** Sandbox only: creates the role in the emulated customer account and fills in its ARN (which autosaves). */
    private Component sandboxRole(DraftBinder binder, TextField roleArn) {
        var create = new Button(t("iac.sandbox.createRole"), VaadinIcon.MAGIC.create(), e -> {
            if (!binder.inputs().account().accountId().matches("\\d{12}")) {
                Notification.show(t("iac.sandbox.createRole.needsAccount"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            roleArn.setValue(sandbox.create(binder.onboarding()));
            Notification.show(t("iac.sandbox.createRole.done", roleArn.getValue()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        create.setId("sandbox-create-role");
        var box = Forms.note(t("iac.sandbox.createRole.note", binder.inputs().account().accountId()), VaadinIcon.FLASK,
                "sandbox");
        box.add(create);
        return box;
    }
}
