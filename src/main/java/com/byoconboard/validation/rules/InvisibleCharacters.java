package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.RuleContext;
import com.byoconboard.validation.SaveRule;

import java.util.List;

/**
 * TXT-001: no text input holds characters that do not show on screen (zero-width space, bidirectional override, NUL,
 * other control and format characters): a value that looks right would be refused without a visible reason, and an
 * override would show a name spoofed to support. Named by code point; refused on save, with the cleaned value as fix.
 */
public final class InvisibleCharacters implements SaveRule {

    @Override
    public String id() {
        return "TXT-001";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        return TextInputs.of(inputs).stream()
                .filter(t -> t.value().codePoints().anyMatch(CodePoints::invisible))
                .map(t -> {
                    var finding = Finding.error(id(), t.field(), "rule.TXT-001.invisible",
                            CodePoints.named(t.value(), CodePoints::invisible),
                            CodePoints.firstPosition(t.value(), CodePoints::invisible).orElseThrow(),
                            CodePoints.count(t.value(), CodePoints::invisible));
                    return t.alone() ? finding.withFix(Fix.correctedValue(CodePoints.without(t.value(), CodePoints::invisible)))
                            : finding;
                })
                .toList();
    }
}
