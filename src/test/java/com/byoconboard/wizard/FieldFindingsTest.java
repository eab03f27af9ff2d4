package com.byoconboard.wizard;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.validation.ValidInputs;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What an autosave does to the fields of a step: each shows its own findings, touched only when they changed. */
class FieldFindingsTest {

    private final UI ui = new UI();
    private final AtomicReference<Onboarding> stored = new AtomicReference<>(new Onboarding(OnboardingId.random(),
            new OrganizationId("acme"), OnboardingState.DRAFT,
            ValidInputs.newVpc().withAccount(a -> a.withAccountId("12345")), "external-id", 1, 1, Instant.EPOCH,
            Instant.EPOCH));
    private final CountingField accountId = new CountingField();
    private final CountingField organization = new CountingField();

    @BeforeEach
    void bindFields() {
        UI.setCurrent(ui);
        var binder = new DraftBinder(service(), ValidInputs.validator(), stored.get());
        binder.bind(accountId, "account.accountId", in -> in.account().accountId(),
                (in, v) -> in.withAccount(a -> a.withAccountId(v)));
        binder.bind(organization, "account.organizationName", in -> in.account().organizationName(),
                (in, v) -> in.withAccount(a -> a.withOrganizationName(v)));
        ui.add(accountId, organization);
    }

    @AfterEach
    void forgetUi() {
        UI.setCurrent(null);
    }

    @Test
    void anAutosaveLeavesAFieldWhoseFindingsDidNotChangeAsItWas() {
        assertThat(accountId.isInvalid()).isTrue();
        accountId.touched = 0;

        organization.setValue("Example Holdings");

        assertThat(stored.get().inputs().account().organizationName()).isEqualTo("Example Holdings");
        assertThat(accountId.touched).as("setInvalid, setErrorMessage, setHelperText on the account ID").isZero();
        assertThat(accountId.isInvalid()).isTrue();
    }

    @Test
    void aFieldThatClearedItsOwnInvalidMarkIsMarkedAgainOnTheNextAutosave() {
        accountId.setInvalid(false);

        organization.setValue("Example Holdings");

        assertThat(accountId.isInvalid()).isTrue();
        assertThat(accountId.getErrorMessage()).startsWith("[ACC-001]");
    }

    /** A text field that counts how often the binder set what it shows about findings. */
    private static final class CountingField extends TextField {
        int touched;

        @Override
        public void setInvalid(boolean invalid) {
            touched++;
            super.setInvalid(invalid);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            touched++;
            super.setErrorMessage(errorMessage);
        }

        @Override
        public void setHelperText(String helperText) {
            touched++;
            super.setHelperText(helperText);
        }
    }

    @SuppressWarnings("unchecked")
    private OnboardingService service() {
        var service = mock(OnboardingService.class);
        when(service.editDraft(any(Onboarding.class), any())).thenAnswer(call -> {
            OnboardingInputs next = ((UnaryOperator<OnboardingInputs>) call.getArgument(1)).apply(stored.get().inputs());
            var o = stored.get();
            stored.set(new Onboarding(o.id(), o.organizationId(), o.state(), next, o.externalId(), o.revision(),
                    o.version() + 1, o.createdAt(), Instant.EPOCH));
            return stored.get();
        });
        return service;
    }
}
