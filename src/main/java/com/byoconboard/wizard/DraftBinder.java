package com.byoconboard.wizard;

import com.byoconboard.onboarding.DraftConflictException;
import com.byoconboard.onboarding.InputsRefusedException;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.OnboardingValidator;
import com.byoconboard.validation.Severity;
import com.byoconboard.validation.ValidationReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Binds wizard fields to one onboarding draft: every change is saved at once (no Save button), the inputs
 * are validated again, and each field shows what the rules say about it. When another tab saved first,
 * the fields show the newer values and the rejected edit is handed to {@link #onConflict} to apply again.
 * An edit the server refuses (beyond a limit) stays in its field, unsaved, and is judged with the rest until it is
 * changed into one the server stores.
 */
final class DraftBinder {

    static final int DEBOUNCE_MILLIS = 300;

    private final OnboardingService onboardings;
    private final OnboardingValidator validator;
    private final Map<String, Binding<?>> bindings = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    /** Refused edits by field path, in the order typed: shown and judged, never stored. */
    private final Map<String, UnaryOperator<OnboardingInputs>> unsaved = new LinkedHashMap<>();
    private final List<Runnable> accountListeners = new ArrayList<>();
    /** The findings each field shows, by path: after an autosave only the fields whose findings changed are touched. */
    private final Map<String, List<Finding>> shownFindings = new HashMap<>();
    private Consumer<RejectedEdit> onConflict = rejected -> { };
    private Onboarding onboarding;
    private ValidationReport report;
    private boolean refreshing;

    DraftBinder(OnboardingService onboardings, OnboardingValidator validator, Onboarding onboarding) {
        this.onboardings = onboardings;
        this.validator = validator;
        this.onboarding = onboarding;
        this.report = validator.validate(onboarding.inputs());
    }

    Onboarding onboarding() {
        return onboarding;
    }

    OnboardingInputs inputs() {
        return onboarding.inputs();
    }

    /** What the rules say about the inputs as the customer sees them: stored, with any refused edit on top. */
    ValidationReport report() {
        return report;
    }

    /** Whether an edit was refused and is shown but not stored. */
    boolean hasUnsavedEdits() {
        return !unsaved.isEmpty();
    }

    boolean editable() {
        return onboarding.state().editable();
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Told when pre-flight ran in the customer's account, so the page shows what it learned. */
    void addAccountListener(Runnable listener) {
        accountListeners.add(listener);
    }

    void accountChecked() {
        accountListeners.forEach(Runnable::run);
    }

    void onConflict(Consumer<RejectedEdit> handler) {
        this.onConflict = handler;
    }

    /** Binds {@code field} to the input at {@code path}; returns the field for chaining into a layout. */
    <V, F extends Component & HasValue<?, V>> F bind(F field, String path, Function<OnboardingInputs, V> read,
                                                   BiFunction<OnboardingInputs, V, OnboardingInputs> write) {
        var binding = new Binding<>(field, field, read, write,
                field instanceof HasHelper h ? Objects.requireNonNullElse(h.getHelperText(), "") : "");
        bindings.put(path, binding);
        field.getElement().setAttribute("data-field", path);
        if (field instanceof HasValueChangeMode lazy) {
            lazy.setValueChangeMode(ValueChangeMode.LAZY);
            lazy.setValueChangeTimeout(DEBOUNCE_MILLIS);
            applyOnLeave(field);
        }
        field.setReadOnly(!editable());
        shownFindings.remove(path);
        binding.show(inputs());
        field.addValueChangeListener(e -> {
            if (!refreshing) {
                V value = e.getValue();
                edit(path, String.valueOf(value), in -> write.apply(in, value));
            }
        });
        showFindings(path, binding);
        return field;
    }

    /**
     * Leaving a text field (or Enter) applies what was typed at once: the debounce is for typing, not for a
     * customer who has moved on and waits to see whether the value is right. The value comes with the change
     * event, as Vaadin sends a lazy field's value only with its (debounced) input event.
     */
    private static <V> void applyOnLeave(HasValue<?, V> field) {
        if (field instanceof Component component && field.getValue() instanceof String) {
            @SuppressWarnings("unchecked")
            var text = (HasValue<?, String>) field;
            component.getElement().addEventListener("change", e -> {
                var typed = e.getEventData().get("element.value");
                if (!text.isReadOnly() && typed != null && typed.isString()) {
                    text.setValue(typed.asString());
                }
            }).addEventData("element.value");
        }
    }

    /** Forgets bindings under {@code prefix}, for rows of a list that is about to be drawn again. */
    void unbindUnder(String prefix) {
        bindings.keySet().removeIf(p -> p.startsWith(prefix));
    }

    /** Saves one change; on a conflict the newer draft is shown and the change is offered back. */
    void edit(String path, String attemptedValue, UnaryOperator<OnboardingInputs> change) {
        try {
            onboarding = onboardings.editDraft(onboarding, change);
            unsaved.remove(path);
            revalidate();
        } catch (InputsRefusedException refused) {
            unsaved.put(path, change);
            revalidate();
        } catch (DraftConflictException conflict) {
            onboarding = conflict.current();
            refreshFields();
            revalidate();
            onConflict.accept(new RejectedEdit(path, attemptedValue, change));
        }
    }

    /** Applies a rejected edit on top of the newer draft (the customer chose "apply mine again"). */
    void reapply(RejectedEdit rejected) {
        edit(rejected.path(), rejected.attemptedValue(), rejected.change());
        refreshFields();
    }

    /** Moves focus to the field at {@code path}, if this step shows one. */
    void focus(String path) {
        var binding = bindings.get(path);
        if (binding != null && binding.field() instanceof Focusable<?> f) {
            f.focus();
        }
    }

    /** Puts a corrected value into the field at {@code path}, saving it like a typed one. */
    boolean applyText(String path, String value) {
        if (bindings.get(path) != null && bindings.get(path).field() instanceof HasValue<?, ?> hv
                && hv.getValue() instanceof String) {
            @SuppressWarnings("unchecked")
            var text = (HasValue<?, String>) hv;
            text.setValue(value);
            return true;
        }
        return false;
    }

    private void refreshFields() {
        refreshing = true;
        try {
            bindings.values().forEach(b -> b.show(inputs()));
        } finally {
            refreshing = false;
        }
    }

    private void revalidate() {
        var shown = inputs();
        for (var change : unsaved.values()) {
            shown = change.apply(shown);
        }
        report = validator.validate(shown);
        bindings.forEach(this::showFindings);
        changeListeners.forEach(Runnable::run);
    }

    private void showFindings(String path, Binding<?> binding) {
        // A list field also shows what was found about its entries, e.g. connectivity.allowList[2].
        List<Finding> findings = report.findings().stream()
                .filter(f -> f.field().equals(path) || f.field().startsWith(path + "["))
                .toList();
        var error = findings.stream().filter(Finding::isError).findFirst();
        // A field also validates itself when its value changes, which clears its invalid mark: that is checked too.
        if (findings.equals(shownFindings.get(path))
                && (!(binding.field() instanceof HasValidation shown) || shown.isInvalid() == error.isPresent())) {
            return;
        }
        shownFindings.put(path, findings);
        if (binding.field() instanceof HasValidation v) {
            v.setInvalid(error.isPresent());
            v.setErrorMessage(error.map(f -> FindingText.of(binding.component(), f)).orElse(null));
        }
        if (binding.field() instanceof HasHelper h) {
            var notice = findings.stream().filter(f -> f.severity() != Severity.ERROR).findFirst();
            h.setHelperText(notice.map(f -> FindingText.of(binding.component(), f)).orElse(binding.helperText()));
        }
    }

    /** An edit that lost to a newer save; kept so that nothing the customer typed is lost. */
    record RejectedEdit(String path, String attemptedValue, UnaryOperator<OnboardingInputs> change) {
    }

    private record Binding<V>(Component component, HasValue<?, V> field, Function<OnboardingInputs, V> read,
                              BiFunction<OnboardingInputs, V, OnboardingInputs> write, String helperText) {
        void show(OnboardingInputs inputs) {
            V value = read.apply(inputs);
            if (!Objects.equals(field.getValue(), value)) {
                field.setValue(value);
            }
        }
    }
}
