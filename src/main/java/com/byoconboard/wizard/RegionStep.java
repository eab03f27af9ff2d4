package com.byoconboard.wizard;

import com.byoconboard.onboarding.InputField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

import static com.byoconboard.wizard.Forms.t;

/** Step 2: the AWS region, from the vendor's supported list; it cannot change once provisioning started. */
final class RegionStep implements StepContent {

    private final List<String> supportedRegions;

    RegionStep(List<String> supportedRegions) {
        this.supportedRegions = supportedRegions;
    }

    @Override
    public Component render(DraftBinder binder) {
        var region = new ComboBox<String>(t("wizard.region"));
        region.setItems(supportedRegions);
        region.setItemLabelGenerator(r -> supportedRegions.contains(r) ? t("region." + r) + " · " + r : r);
        region.setHelperText(t("wizard.region.help"));
        // Typed text that names no listed region is kept and answered by REG-001, not dropped on blur.
        region.setAllowCustomValue(true);
        region.addCustomValueSetListener(e -> region.setValue(e.getDetail()));
        region.addClassName("byoc-field");
        region.setWidth("24rem");
        binder.bind(region, InputField.REGION, in -> in.region().isEmpty() ? null : in.region(),
                (in, v) -> in.withRegion(v == null ? "" : v));
        return Forms.form(region, Forms.note(t("wizard.region.fixed"), VaadinIcon.LOCK, "warning"));
    }
}
