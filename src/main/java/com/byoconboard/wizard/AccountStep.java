package com.byoconboard.wizard;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs.AccountKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import static com.byoconboard.wizard.Forms.t;

/** Step 1: which AWS account, who administers the organization, and whether the account is dedicated. */
final class AccountStep implements StepContent {

    @Override
    public Component render(DraftBinder binder) {
        var accountId = Forms.text("account.id");
        accountId.setPlaceholder("123456789012");
        binder.bind(accountId, InputField.ACCOUNT_ID, in -> in.account().accountId(),
                (in, v) -> in.withAccount(a -> a.withAccountId(v)));

        var email = Forms.text("account.email");
        email.setPlaceholder("platform-team@example.com");
        binder.bind(email, InputField.ADMIN_EMAIL, in -> in.account().adminEmail(),
                (in, v) -> in.withAccount(a -> a.withAdminEmail(v)));

        var orgName = Forms.text("account.organization");
        binder.bind(orgName, InputField.ORGANIZATION_NAME, in -> in.account().organizationName(),
                (in, v) -> in.withAccount(a -> a.withOrganizationName(v)));

        var kind = new RadioButtonGroup<AccountKind>(t("wizard.account.kind"));
        kind.setItems(AccountKind.values());
        kind.setItemLabelGenerator(k -> t("wizard.account.kind." + k.name()));
        kind.addClassName("byoc-field");
        binder.bind(kind, InputField.ACCOUNT_KIND, in -> in.account().kind(),
                (in, v) -> in.withAccount(a -> a.withKind(v)));

        return Forms.form(accountId, email, orgName, kind,
                Forms.note(t("wizard.account.kind.note"), VaadinIcon.INFO_CIRCLE, "info"));
    }
}
