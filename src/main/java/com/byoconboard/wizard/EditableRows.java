package com.byoconboard.wizard;

import com.byoconboard.onboarding.OnboardingInputs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import static com.byoconboard.wizard.Forms.t;

/**
 * A list input drawn as rows of fields (subnets, peered VPCs), with "add" and per-row "remove"; the first
 * {@code minRows} rows are always shown because the rules need at least that many.
 */
final class EditableRows extends Div {

    /** How one list is read, grown and shrunk. */
    record Spec(String pathPrefix, int minRows, ToIntFunction<OnboardingInputs> size,
                IntFunction<UnaryOperator<OnboardingInputs>> addAt, IntFunction<UnaryOperator<OnboardingInputs>> removeAt,
                BiFunction<DraftBinder, Integer, List<Component>> rowFields, String addLabelKey, String removeLabelKey) {
    }

    private final DraftBinder binder;
    private final Spec spec;
    private final Div rows = new Div();

    EditableRows(DraftBinder binder, Spec spec) {
        this.binder = binder;
        this.spec = spec;
        rows.addClassName("byoc-rows");
        var add = new Button(t(spec.addLabelKey()), VaadinIcon.PLUS.create(), e -> {
            int index = Math.max(spec.minRows(), spec.size().applyAsInt(binder.inputs()));
            binder.edit(spec.pathPrefix(), "", spec.addAt().apply(index));
            draw();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setEnabled(binder.editable());
        add(rows, add);
        draw();
    }

    private void draw() {
        binder.unbindUnder(spec.pathPrefix() + "[");
        rows.removeAll();
        int count = Math.max(spec.minRows(), spec.size().applyAsInt(binder.inputs()));
        for (int i = 0; i < count; i++) {
            var row = new Div();
            row.addClassName("byoc-row");
            spec.rowFields().apply(binder, i).forEach(row::add);
            if (i >= spec.minRows()) {
                int index = i;
                var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    binder.edit(spec.pathPrefix(), "", spec.removeAt().apply(index));
                    draw();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(t(spec.removeLabelKey()));
                remove.setEnabled(binder.editable());
                row.add(remove);
            }
            rows.add(row);
        }
    }
}
