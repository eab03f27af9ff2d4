package com.byoconboard.deployment;

import com.byoconboard.onboarding.OnboardingInputs.BootstrapRole;

/**
 * Which least-privilege option of the bootstrap role grants a permission: each switch is a separate inline policy
 * of the role, present only while the customer leaves the option on.
 */
public enum PolicySwitch {
    ALWAYS, VPC_WRITE, IAM_ROLE_CREATION;

    public boolean isOn(BootstrapRole options) {
        return switch (this) {
            case ALWAYS -> true;
            case VPC_WRITE -> options.allowVpcWrite();
            case IAM_ROLE_CREATION -> options.allowIamRoleCreation();
        };
    }
}
